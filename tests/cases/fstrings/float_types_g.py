# g/G general format switching between fixed and exponent notation.
for v in [0.0001, 0.00001, 123456, 1234567, 1.5, 100.0, 1e-10]:
    print(f"{v:g} {v:G} {v:.3g} {v:.10g}")
# expect: 0.0001 0.0001 0.0001 0.0001
# expect: 1e-05 1E-05 1e-05 1e-05
# expect: 123456 123456 1.23e+05 123456
# expect: 1.23457e+06 1.23457E+06 1.23e+06 1234567
# expect: 1.5 1.5 1.5 1.5
# expect: 100 100 100 100
# expect: 1e-10 1E-10 1e-10 1e-10
