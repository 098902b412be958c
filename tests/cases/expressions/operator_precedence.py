# Operator precedence: ** binds tighter than unary minus, not binds looser than comparisons.
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
print(not 1 == 2, 1 + 2 * 3 - 4 / 2, 7 // 2 * 2 + 7 % 2)
print(1 | 2 ^ 3 & 4, 1 << 2 + 1)
# expect: -4 4 512
# expect: True 5.0 7
# expect: 3 8
