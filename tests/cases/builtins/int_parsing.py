# int() of strings: whitespace, signs, underscores, bases.
print(int("42"), int("  -17\n"), int("+5"), int("1_000_000"), int("007"))
print(int("ff", 16), int("FF", 16), int("0x1f", 16), int("101", 2), int("0b101", 0), int("z", 36), int("777", 8))
print(int("0o17", 0), int("12", 0), int(" 1_0 ", 10))
print(int(), int(True), int(3.99), int("-0"))
print(int("123456789012345678901234567890"))
# expect: 42 -17 5 1000000 7
# expect: 255 255 31 5 5 35 511
# expect: 15 12 10
# expect: 0 1 3 0
# expect: 123456789012345678901234567890
