# The float functions, with CPython's results (printed with repr).
import math

print(math.sqrt(2), math.exp(1), math.expm1(1e-10), math.log(100, 10), math.log(8, 2), math.log(math.e))
print(math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.log(10**400), math.log2(2**2000))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(math.inf, -1), math.pow(0, 0))
print(math.sin(math.pi / 6), math.cos(math.pi), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1))
print(math.atan2(1, -1), math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(1), math.radians(90), math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 2, 3))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(5, 2))
print(math.fabs(-2), math.erf(0.5), math.erfc(0.5), math.gamma(5), math.lgamma(1))
print(math.modf(3.5), math.modf(-2.25), math.frexp(8.0), math.frexp(0.0), math.ldexp(0.5, 4))
print(math.ulp(1.0), math.ulp(0.0), math.nextafter(1, 2), math.nextafter(0, -1), math.fmod(1, math.inf))
print(math.isclose(1, 1.1, rel_tol=0.2), math.isclose(1e-12, 0), math.isclose(1e-12, 0, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(a=1, b=1.0000000001), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum(range(10)))
print(math.dist([1, 2, 3], [4, 6, 3]), math.sqrt(True), math.exp(-math.inf), math.pow(math.nan, 0))
# expect: 1.4142135623730951 2.718281828459045 1.00000000005e-10 2.0 3.0 1.0
# expect: 10.0 -3.0 9.999999999500001e-11 921.0340371976182 2000.0
# expect: 1024.0 1.4142135623730951 -8.0 0.0 1.0
# expect: 0.49999999999999994 -1.0 0.9999999999999999 1.5707963267948966 1.5707963267948966 0.7853981633974483
# expect: 2.356194490192345 1.1752011936438014 1.5430806348152437 0.46211715726000974 0.881373587019543 1.3169578969248166 0.5493061443340548
# expect: 57.29577951308232 1.5707963267948966 5.0 0.0 5.0 3.7416573867739413
# expect: -3.0 1.0 -1.0 1.0 1.0
# expect: 2.0 0.5204998778130465 0.4795001221869535 24.0 0.0
# expect: (0.5, 3.0) (-0.25, -2.0) (0.5, 4) (0.0, 0) 8.0
# expect: 2.220446049250313e-16 5e-324 1.0000000000000002 -5e-324 1.0
# expect: True False True
# expect: True True 1.0 0.9999999999999999
# expect: 1e-100 0.0 45.0
# expect: 5.0 1.0 0.0 1.0
