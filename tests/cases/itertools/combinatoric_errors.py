# The combinatoric iterators' argument errors: r required, non-negative, an int.
import itertools


def call(f, *a, **k):
    return f(*a, **k)


for f, args, kwargs in [
    (itertools.combinations, ("ab",), {}),
    (itertools.combinations, ("ab", -1), {}),
    (itertools.combinations, ("ab", "2"), {}),
    (itertools.combinations_with_replacement, ("ab",), {}),
    (itertools.combinations_with_replacement, ("ab", -2), {}),
    (itertools.permutations, ("ab", -1), {}),
    (itertools.permutations, ("ab", "x"), {}),
    (itertools.permutations, (), {}),
    (itertools.combinations, ("ab", 1), {"n": 2}),
]:
    try:
        call(f, *args, **kwargs)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(call(itertools.combinations, iterable="abc", r=2)))
# expect: TypeError combinations() missing required argument 'r' (pos 2)
# expect: ValueError r must be non-negative
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError combinations_with_replacement() missing required argument 'r' (pos 2)
# expect: ValueError r must be non-negative
# expect: ValueError r must be non-negative
# expect: TypeError Expected int as r
# expect: TypeError permutations() missing required argument 'iterable' (pos 1)
# expect: TypeError combinations() takes at most 2 arguments (3 given)
# expect: [('a', 'b'), ('a', 'c'), ('b', 'c')]
