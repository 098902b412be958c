# Integer presentation types d b o x X c and n.
print(f"{42:d} {42:b} {42:o} {42:x} {42:X} {65:c} {1234:n}")
print(f"{-42:x} {2 ** 70:x} {True:d}")
# expect: 42 101010 52 2a 2A A 1234
# expect: -2a 400000000000000000 1
