# Wrong argument types and counts, worded as CPython words them. Through M, which the compiler cannot see to be
# the module, the counts are checked at run time (arity_*.py: the compile-time check says the same).
import math

M = [math][0]

tests = [
    lambda: M.sqrt("x"),
    lambda: M.floor("x"),
    lambda: M.trunc("x"),
    lambda: M.hypot(1, "x"),
    lambda: M.fsum(["a"]),
    lambda: M.sqrt(),
    lambda: M.sqrt(1, 2),
    lambda: M.sqrt(x=1),
    lambda: M.pow(1),
    lambda: M.atan2(1, 2, 3),
    lambda: M.perm(),
    lambda: M.perm(1, 2, 3),
    lambda: M.log(),
    lambda: M.log(1, 2, 3),
    lambda: M.log(x=1),
    lambda: M.gcd(a=1),
    lambda: M.isclose(1),
    lambda: M.isclose(),
    lambda: M.isclose(1, 2, 3),
    lambda: M.isclose(1, 2, 3, 4, 5),
    lambda: M.isclose(1, 2, foo=1),
    lambda: M.prod(),
    lambda: M.prod([1], 2),
    lambda: M.prod([1], x=2),
    lambda: M.prod([1], 2, 3),
    lambda: M.nope,
]
for t in tests:
    try:
        print(t())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
# expect: TypeError: must be real number, not str
# expect: TypeError: must be real number, not str
# expect: TypeError: type str doesn't define __trunc__ method
# expect: TypeError: must be real number, not str
# expect: TypeError: must be real number, not str
# expect: TypeError: math.sqrt() takes exactly one argument (0 given)
# expect: TypeError: math.sqrt() takes exactly one argument (2 given)
# expect: TypeError: math.sqrt() takes no keyword arguments
# expect: TypeError: pow expected 2 arguments, got 1
# expect: TypeError: atan2 expected 2 arguments, got 3
# expect: TypeError: perm expected at least 1 argument, got 0
# expect: TypeError: perm expected at most 2 arguments, got 3
# expect: TypeError: math.log requires 1 to 2 arguments
# expect: TypeError: math.log requires 1 to 2 arguments
# expect: TypeError: log() takes no keyword arguments
# expect: TypeError: math.gcd() takes no keyword arguments
# expect: TypeError: isclose() missing required argument 'b' (pos 2)
# expect: TypeError: isclose() missing required argument 'a' (pos 1)
# expect: TypeError: isclose() takes exactly 2 positional arguments (3 given)
# expect: TypeError: isclose() takes at most 4 arguments (5 given)
# expect: TypeError: 'foo' is an invalid keyword argument for isclose()
# expect: TypeError: prod() takes exactly 1 positional argument (0 given)
# expect: TypeError: prod() takes exactly 1 positional argument (2 given)
# expect: TypeError: 'x' is an invalid keyword argument for prod()
# expect: TypeError: prod() takes at most 2 arguments (3 given)
# expect: AttributeError: module 'math' has no attribute 'nope'
