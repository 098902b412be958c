# count() accepts numbers only, and words its argument errors as CPython's Argument Clinic does.
import itertools


def call(f, *a, **k):
    return f(*a, **k)


for args, kwargs in [(("a",), {}), ((1, "b"), {}), ((1, 2, 3), {}), ((), {"begin": 1}), ((), {"step": 2})]:
    try:
        c = call(itertools.count, *args, **kwargs)
        print("ok", next(c), next(c))
    except TypeError as e:
        print("TypeError:", e)
print(next(itertools.count(start=4, step=3)))
# expect: TypeError: a number is required
# expect: TypeError: a number is required
# expect: TypeError: count() takes at most 2 arguments (3 given)
# expect: TypeError: 'begin' is an invalid keyword argument for count()
# expect: ok 0 2
# expect: 4
