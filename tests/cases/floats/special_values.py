# Negative zero, infinities and NaN.
z = -0.0
print(z, repr(z), z == 0.0)
inf = float('inf')
print(inf, -inf, float('-inf'), float('Infinity'))
nan = float('nan')
print(nan, nan == nan, nan != nan, nan < 1.0)
print(1e300 * 10, 1e300 * 1e10, -1e300 * 1e10, 1e308 * 10 - 1e308 * 10)
print(inf > 10 ** 100, inf + 1 == inf)
# expect: -0.0 -0.0 True
# expect: inf -inf -inf inf
# expect: nan False True False
# expect: 1e+301 inf -inf nan
# expect: True True
