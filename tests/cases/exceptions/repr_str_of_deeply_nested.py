# An exception holding an exception, 100,000 deep: repr() and str() recurse into the argument as CPython's do
# and stop with its RecursionError (pith crashed on the C stack before).
e = None
for i in range(100000):
    e = KeyError(e)
for show in (repr, str):
    try:
        show(e)
    except RecursionError as x:
        print(show.__name__, x)
v = None
for i in range(100000):
    v = ValueError(v)
try:
    str(v)
except RecursionError as x:
    print("str", x)
print(repr(ValueError(ValueError(1))), str(KeyError(KeyError("k"))))
# expect: repr maximum recursion depth exceeded while getting the repr of an object
# expect: str maximum recursion depth exceeded while getting the repr of an object
# expect: str maximum recursion depth exceeded while getting the str of an object
# expect: ValueError(ValueError(1)) KeyError('k')
