# reduce()'s errors: an empty iterable without an initial value, a non-iterable, the argument counts.
import functools
import operator


def call(f, *a, **k):
    return f(*a, **k)


for args, kwargs in [((operator.add, []), {}), ((operator.add, 5), {}), ((operator.add,), {}), ((), {}),
                     ((operator.add, [], 1, 2), {}), ((operator.add, [1]), {"initial": 0})]:
    try:
        print(call(functools.reduce, *args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
functools.reduce(lambda a, b: a / b, [1, 0])
# expect: TypeError: reduce() of empty iterable with no initial value
# expect: TypeError: reduce() arg 2 must support iteration
# expect: TypeError: reduce expected at least 2 arguments, got 1
# expect: TypeError: reduce expected at least 2 arguments, got 0
# expect: TypeError: reduce expected at most 3 arguments, got 4
# expect: TypeError: reduce() takes no keyword arguments
# expect runtime error: ZeroDivisionError: division by zero
