# Floor division and modulo with floats: results are floats, sign of % follows the divisor.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.0), (-1, 3.0), (1.0, -3)]
for p in pairs:
    print(p[0] // p[1], p[0] % p[1])
print(0.0 % 5, -0.0 // 1)
# expect: 3.0 1.5
# expect: -4.0 0.5
# expect: -4.0 -0.5
# expect: 3.0 -1.5
# expect: 3.0 1.0
# expect: -1.0 2.0
# expect: -1.0 -2.0
# expect: 0.0 -0.0
