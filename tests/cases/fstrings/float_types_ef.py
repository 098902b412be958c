# e/E and f/F presentation types, with inf and nan.
v = 12345.6789
print(f"{v:e} {v:E} {v:.2e} {v:f} {v:F} {0.000123:.1e}")
print(f"{float('inf'):f} {float('inf'):F} {float('nan'):e} {float('-inf'):E}")
# expect: 1.234568e+04 1.234568E+04 1.23e+04 12345.678900 12345.678900 1.2e-04
# expect: inf INF nan -INF
