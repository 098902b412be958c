# The constants, and the special values they are.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(math.pi), math.inf > 10**308)
print(math.nan == math.nan, math.tau == 2 * math.pi, repr(math.inf), str(math.nan))
# expect: 3.141592653589793 2.718281828459045 6.283185307179586 inf -inf nan
# expect: True True True True
# expect: False True inf nan
