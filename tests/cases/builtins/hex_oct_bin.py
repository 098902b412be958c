# hex/oct/bin on positive, negative and big ints.
print(hex(255), oct(8), bin(5), hex(-255), bin(-5), oct(0), hex(2 ** 64))
hex(1.5)
# expect: 0xff 0o10 0b101 -0xff -0b101 0o0 0x10000000000000000
# expect runtime error: TypeError: 'float' object cannot be interpreted as an integer
