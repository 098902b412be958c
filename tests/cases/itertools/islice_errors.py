# islice()'s ValueErrors for bad bounds and steps, and its argument-count and keyword errors, as CPython words them.
import itertools


def call(f, *a, **k):
    return f(*a, **k)


for args in [([1], -1), ([1], "a"), ([1], 1, -1), ([1], -1, 2), ([1], "x", 2), ([1], 0, 2, 0), ([1], 0, 2, -1),
             ([1],), ([1], 1, 2, 3, 4)]:
    try:
        call(itertools.islice, *args)
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    call(itertools.islice, [1], stop=2)
except TypeError as e:
    print("TypeError:", e)
print(list(call(itertools.islice, [1, 2, 3], 1, None, None)))
list(itertools.islice(5, 2))
# expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Step for islice() must be a positive integer or None.
# expect: ValueError Step for islice() must be a positive integer or None.
# expect: TypeError islice expected at least 2 arguments, got 1
# expect: TypeError islice expected at most 4 arguments, got 5
# expect: TypeError: islice() takes no keyword arguments
# expect: [2, 3]
# expect runtime error: TypeError: 'int' object is not iterable
