# from math import a name math does not have: CPython's ImportError, when the line runs; the names before it
# are bound.
try:
    from math import sqrt, cube_root
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print(sqrt(16))
# expect: ImportError cannot import name 'cube_root' from 'math'
# expect: 4.0
