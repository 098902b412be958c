# chr outside Unicode.
for v in (0x10FFFF, -1, 0x110000):
    try:
        print(repr(chr(v)))
    except ValueError as e:
        print(e)
print(chr(2 ** 64))
# expect: '\U0010ffff'
# expect: chr() arg not in range(0x110000)
# expect: chr() arg not in range(0x110000)
# expect runtime error: OverflowError: Python int too large to convert to C int
