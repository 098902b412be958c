# Values crossing 2**62 and 2**63 promote to big ints and come back to small ones exactly.
x = 2 ** 62
print(x)
print(x - 1 + x)
print(x * 2)
print(x * 2 - 1)
print(x * 4)
y = x * 4 - x * 4 + 7
print(y, y + 1)
print(2 ** 63 - 1 + 1)
print(-2 ** 63, -2 ** 63 - 1)
print(9223372036854775807 + 1)
print(4611686018427387904 + 4611686018427387904 == 2 ** 63)
# expect: 4611686018427387904
# expect: 9223372036854775807
# expect: 9223372036854775808
# expect: 9223372036854775807
# expect: 18446744073709551616
# expect: 7 8
# expect: 9223372036854775808
# expect: -9223372036854775808 -9223372036854775809
# expect: 9223372036854775808
# expect: True
