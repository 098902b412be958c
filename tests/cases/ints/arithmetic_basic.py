# Basic int arithmetic on small values, including negatives and precedence.
a = 17
b = 5
print(a + b, a - b, a * b)
print(b - a, -a * b, a * -b)
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, (-2) ** 2)
print(a + b * 2 - 3)
print(+a, -(-a), --a)
# expect: 22 12 85
# expect: -12 -85 -85
# expect: 14 20 18 -4 4
# expect: 24
# expect: 17 17 17
