# A comprehension in a class body does not see the class's variables (only its first iterable is
# evaluated in the class body): CPython's NameError, found before anything runs.
class Limits:
    FIELDS = ["cpu", "mem"]
    base = 10
    ok = {f: 0 for f in FIELDS}
    vals = [base + i for i in range(3)]
# expect error: 7:13: name 'base' is not defined
