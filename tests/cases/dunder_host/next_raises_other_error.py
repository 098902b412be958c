# An exception other than StopIteration from a waiting __next__ propagates out of the for loop.
# host: fetch -> {"ok": false}
class Feed:
    def __iter__(self):
        return self

    def __next__(self):
        if not fetch()["ok"]:
            raise ConnectionError("feed down")
        return 1

try:
    for x in Feed():
        print(x)
except ConnectionError as e:
    print("error:", e)
# expect: error: feed down
