# import math, import math as m, from math import ... as ..., and *: each binds what CPython binds.
import math
import math as m
from math import sqrt, pi as PI
print(math.sqrt(2), m.floor(3.7), sqrt(16), PI)
print(type(math).__name__, type(sqrt).__name__, math.__name__, sqrt.__name__, m.sqrt.__qualname__)
print(math.sqrt, m.pi == PI, callable(math.sqrt), math.sqrt == m.sqrt)
print(getattr(math, "tau"), hasattr(math, "nope"), hasattr(m, "gcd"))


def area(r):
    from math import pi
    return round(pi * r * r, 3)


print(area(2))
from math import *

print(floor(2.5), ceil(2.5), cos(0), e)
# expect: 1.4142135623730951 3 4.0 3.141592653589793
# expect: module builtin_function_or_method math sqrt sqrt
# expect: <built-in function sqrt> True True True
# expect: 6.283185307179586 False True
# expect: 12.566
# expect: 2 3 1.0 2.718281828459045
