# int() from strings with bases, prefixes, whitespace and underscores.
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("1010", 2), int("z", 36))
print(int(" 42 "), int("-1_000_000"), int("+7"), int("0b11", 0), int(3.99), int(-3.99), int(True))
# expect: 255 255 255 511 10 35
# expect: 42 -1000000 7 3 3 -3 1
