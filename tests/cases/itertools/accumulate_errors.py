# accumulate()'s argument errors and an error raised by the addition itself, at the item that fails.
import itertools


def call(f, *a, **k):
    return f(*a, **k)


for args, kwargs in [((), {}), (([1], None, 3), {}), (([1],), {"start": 1})]:
    try:
        call(itertools.accumulate, *args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
it = itertools.accumulate([1, 2, "x", 4])
print(next(it), next(it))
try:
    next(it)
except TypeError as e:
    print("TypeError:", e)
print(list(itertools.accumulate(5 for _ in range(0))))
list(itertools.accumulate(7))
# expect: TypeError: accumulate() missing required argument 'iterable' (pos 1)
# expect: TypeError: accumulate() takes at most 2 positional arguments (3 given)
# expect: TypeError: 'start' is an invalid keyword argument for accumulate()
# expect: 1 3
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: []
# expect runtime error: TypeError: 'int' object is not iterable
