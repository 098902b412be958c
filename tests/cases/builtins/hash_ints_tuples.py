# hash of small ints and floats equal to ints is deterministic; equal values hash equal.
print(hash(0), hash(42), hash(-1), hash(-2), hash(1.0), hash(2.5) == hash(2.5), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash((1, 2)) == hash((1.0, 2.0)))
# expect: 0 42 -2 -2 1 True 0
# expect: 0 1 True
