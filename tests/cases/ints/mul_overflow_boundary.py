# Multiplications whose products sit right at the 63/64-bit boundaries.
a = 3037000499
print(a * a)
print((a + 1) * (a + 1))
print(-a * (a + 1))
print(4294967296 * 4294967296)
print(2147483648 * -4294967296)
print(-9223372036854775807 - 1 - 1)
# expect: 9223372030926249001
# expect: 9223372037000250000
# expect: -9223372033963249500
# expect: 18446744073709551616
# expect: -9223372036854775808
# expect: -9223372036854775809
