# Equal frozensets hash equally regardless of construction order.
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1, 1])
print(a == b, hash(a) == hash(b))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(5), hash(-1), hash(True), hash(0.0))
# expect: True True
# expect: True False
# expect: 5 -2 1 0
