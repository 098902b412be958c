# / always returns a float, even for exact int quotients.
print(6 / 3, 7 / 2, -7 / 2, 1 / 4)
print(10 / 3)
print(2 ** 64 / 2)
print(0 / 5, 0 / -5)
# expect: 2.0 3.5 -3.5 0.25
# expect: 3.3333333333333335
# expect: 9.223372036854776e+18
# expect: 0.0 -0.0
