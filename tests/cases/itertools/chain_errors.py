# chain() checks its arguments only when it reaches them; chain.from_iterable takes exactly one argument.
import itertools


def call(f, *a, **k):
    return f(*a, **k)


c = itertools.chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
print(list(c))
for args, kwargs in [((), {"x": 1}), ((), {})]:
    try:
        call(itertools.chain.from_iterable, *args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    call(itertools.chain, [1], key=2)
except TypeError as e:
    print("TypeError:", e)
# expect: 1
# expect: TypeError: 'int' object is not iterable
# expect: []
# expect: TypeError: chain.from_iterable() takes no keyword arguments
# expect: TypeError: chain.from_iterable() takes exactly one argument (0 given)
# expect: TypeError: chain() takes no keyword arguments
