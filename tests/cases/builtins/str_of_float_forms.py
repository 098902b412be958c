# str/repr of floats: shortest round-trip, exponents, integral floats.
for v in [0.1, 1/3, 1e16, 1e15, 123456789.0, 1e-4, 1e-5, 2.5e-10, -0.0, 1e22, 3.0]:
    print(repr(v), str(v))
# expect: 0.1 0.1
# expect: 0.3333333333333333 0.3333333333333333
# expect: 1e+16 1e+16
# expect: 1000000000000000.0 1000000000000000.0
# expect: 123456789.0 123456789.0
# expect: 0.0001 0.0001
# expect: 1e-05 1e-05
# expect: 2.5e-10 2.5e-10
# expect: -0.0 -0.0
# expect: 1e+22 1e+22
# expect: 3.0 3.0
