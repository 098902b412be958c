# A waiting __str__ that raises: the arguments before it were already written, as CPython writes them.
# host: fetch -> {"fail": true}
class Flaky:
    def __str__(self):
        if fetch()["fail"]:
            raise ValueError("no text")
        return "ok"

try:
    print("before", Flaky(), "after")
except ValueError as e:
    print()
    print("caught", e)
# expect: before 
# expect: caught no text
