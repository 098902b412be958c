# Every augmented assignment operator on ints.
x = 100
x += 5
print(x)
x -= 10
print(x)
x *= 3
print(x)
x //= 7
print(x)
x %= 11
print(x)
x **= 3
print(x)
x /= 4
print(x)
y = 0b1100
y &= 0b1010
print(y)
y |= 0b0101
print(y)
y ^= 0b0011
print(y)
y <<= 4
print(y)
y >>= 2
print(y)
# expect: 105
# expect: 95
# expect: 285
# expect: 40
# expect: 7
# expect: 343
# expect: 85.75
# expect: 8
# expect: 13
# expect: 14
# expect: 224
# expect: 56
