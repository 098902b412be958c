# Shortest round-trip repr of common floats.
print(0.1 + 0.2)
print(1e16, 1e15, 123456789012345678.0)
print(1e-5, 0.0001, 1.5e-7)
print(1 / 3, 2 / 3)
print(2.5, 100.0, -0.5, 3.0)
print(1e22, 1e-4)
# expect: 0.30000000000000004
# expect: 1e+16 1000000000000000.0 1.2345678901234568e+17
# expect: 1e-05 0.0001 1.5e-07
# expect: 0.3333333333333333 0.6666666666666666
# expect: 2.5 100.0 -0.5 3.0
# expect: 1e+22 0.0001
