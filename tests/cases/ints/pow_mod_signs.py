# Three-argument pow with every sign of base, exponent and modulus, and the small special cases.
for b in (-7, -1, 0, 1, 2, 10):
    for e in (0, 1, 5):
        for m in (-9, -1, 1, 9):
            print(b, e, m, pow(b, e, m))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -3, 11), pow(3, -1, -7), pow(2, -5, 1))
print(pow(10**30 + 1, 3, 10**20 + 7), pow(-(10**30) - 1, 3, 10**20 + 7), pow(5, 10**30, -(10**20 + 7)))
print(pow(2, -1, 10**40 + 1), pow(2, -3, -(10**40 + 1)))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
print(pow(True, 5, 3), pow(3, True, 2), pow(7, 2, True))
# expect: -7 0 -9 -8
# expect: -7 0 -1 0
# expect: -7 0 1 0
# expect: -7 0 9 1
# expect: -7 1 -9 -7
# expect: -7 1 -1 0
# expect: -7 1 1 0
# expect: -7 1 9 2
# expect: -7 5 -9 -4
# expect: -7 5 -1 0
# expect: -7 5 1 0
# expect: -7 5 9 5
# expect: -1 0 -9 -8
# expect: -1 0 -1 0
# expect: -1 0 1 0
# expect: -1 0 9 1
# expect: -1 1 -9 -1
# expect: -1 1 -1 0
# expect: -1 1 1 0
# expect: -1 1 9 8
# expect: -1 5 -9 -1
# expect: -1 5 -1 0
# expect: -1 5 1 0
# expect: -1 5 9 8
# expect: 0 0 -9 -8
# expect: 0 0 -1 0
# expect: 0 0 1 0
# expect: 0 0 9 1
# expect: 0 1 -9 0
# expect: 0 1 -1 0
# expect: 0 1 1 0
# expect: 0 1 9 0
# expect: 0 5 -9 0
# expect: 0 5 -1 0
# expect: 0 5 1 0
# expect: 0 5 9 0
# expect: 1 0 -9 -8
# expect: 1 0 -1 0
# expect: 1 0 1 0
# expect: 1 0 9 1
# expect: 1 1 -9 -8
# expect: 1 1 -1 0
# expect: 1 1 1 0
# expect: 1 1 9 1
# expect: 1 5 -9 -8
# expect: 1 5 -1 0
# expect: 1 5 1 0
# expect: 1 5 9 1
# expect: 2 0 -9 -8
# expect: 2 0 -1 0
# expect: 2 0 1 0
# expect: 2 0 9 1
# expect: 2 1 -9 -7
# expect: 2 1 -1 0
# expect: 2 1 1 0
# expect: 2 1 9 2
# expect: 2 5 -9 -4
# expect: 2 5 -1 0
# expect: 2 5 1 0
# expect: 2 5 9 5
# expect: 10 0 -9 -8
# expect: 10 0 -1 0
# expect: 10 0 1 0
# expect: 10 0 9 1
# expect: 10 1 -9 -8
# expect: 10 1 -1 0
# expect: 10 1 1 0
# expect: 10 1 9 1
# expect: 10 5 -9 -8
# expect: 10 5 -1 0
# expect: 10 5 1 0
# expect: 10 5 9 1
# expect: 5 4 2 -2 0
# expect: 23799999998972 99999976200000001035 -45921534847547083049
# expect: 5000000000000000000000000000000000000001 -1250000000000000000000000000000000000000
# expect: ValueError base is not invertible for the given modulus
# expect: ValueError pow() 3rd argument cannot be 0
# expect: 1 1 0
