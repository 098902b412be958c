# Errors with CPython's words: domain, range, conversions, integer arguments.
import math

tests = [
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.log(-5),
    lambda: math.log(1, 1),
    lambda: math.log(2, 0),
    lambda: math.acos(2),
    lambda: math.atanh(1),
    lambda: math.sin(math.inf),
    lambda: math.exp(1000),
    lambda: math.cosh(1000),
    lambda: math.pow(0, -1),
    lambda: math.pow(-8, 1 / 3),
    lambda: math.pow(10, 400),
    lambda: math.fmod(1, 0),
    lambda: math.remainder(1, 0),
    lambda: math.gamma(0),
    lambda: math.gamma(-2),
    lambda: math.gamma(200),
    lambda: math.lgamma(-2),
    lambda: math.ldexp(1.0, 10**30),
    lambda: math.ldexp(1.0, 2.0),
    lambda: math.sqrt(10**400),
    lambda: math.floor(math.nan),
    lambda: math.ceil(math.inf),
    lambda: math.factorial(-1),
    lambda: math.factorial(5.0),
    lambda: math.factorial(10**20),
    lambda: math.isqrt(-1),
    lambda: math.gcd(2.0),
    lambda: math.lcm("x"),
    lambda: math.comb(-1, 2),
    lambda: math.comb(5, -1),
    lambda: math.comb(10**20, 10**19),
    lambda: math.perm(10**20, 10**19),
    lambda: math.fsum([1e308, 1e308]),
    lambda: math.fsum([math.inf, -math.inf]),
    lambda: math.isclose(1, 2, rel_tol=-1),
    lambda: math.dist([1], [1, 2]),
    lambda: math.prod(5),
    lambda: math.perm(-1),
    lambda: math.perm(10**20),
]
for t in tests:
    try:
        print(t())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ZeroDivisionError: float division by zero
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: OverflowError: math range error
# expect: OverflowError: math range error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: OverflowError: math range error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: OverflowError: math range error
# expect: ValueError: math domain error
# expect: OverflowError: math range error
# expect: TypeError: Expected an int as second argument to ldexp.
# expect: OverflowError: int too large to convert to float
# expect: ValueError: cannot convert float NaN to integer
# expect: OverflowError: cannot convert float infinity to integer
# expect: ValueError: factorial() not defined for negative values
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: OverflowError: factorial() argument should not exceed 9223372036854775807
# expect: ValueError: isqrt() argument must be nonnegative
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: ValueError: n must be a non-negative integer
# expect: ValueError: k must be a non-negative integer
# expect: OverflowError: min(n - k, k) must not exceed 9223372036854775807
# expect: OverflowError: k must not exceed 9223372036854775807
# expect: OverflowError: intermediate overflow in fsum
# expect: ValueError: -inf + inf in fsum
# expect: ValueError: tolerances must be non-negative
# expect: ValueError: both points must have the same number of dimensions
# expect: TypeError: 'int' object is not iterable
# expect: ValueError: factorial() not defined for negative values
# expect: OverflowError: factorial() argument should not exceed 9223372036854775807
