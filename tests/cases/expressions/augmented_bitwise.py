# Augmented bitwise assignment on ints.
flags = 0
flags |= 1
flags |= 4
flags ^= 1
flags <<= 2
flags &= 0b11111
print(flags, bin(flags))
# expect: 16 0b10000
