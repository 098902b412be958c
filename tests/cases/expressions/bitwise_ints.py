# Bitwise and, or, xor, shifts on ints, including negatives.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, a << 2, a >> 2)
print(-12 & 7, -12 | 3, -12 ^ 5, -12 >> 1, -1 >> 10)
print(1 << 70, (1 << 70) >> 69)
# expect: 8 14 6 48 3
# expect: 4 -9 -15 -6 -1
# expect: 1180591620717411303424 2
