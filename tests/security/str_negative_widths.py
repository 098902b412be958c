# Negative and zero sizes.
print(repr("a".ljust(-5)), repr("a".center(-1)), [1] * -5, "ab" * -1, repr("x".zfill(-9)))
# expect: 'a' 'a' []  'x'
