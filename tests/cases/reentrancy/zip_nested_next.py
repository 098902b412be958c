# A generator zipped with an iterator asks the same zip for an item while the zip is asking it: the
# nested next() sees the first iterator exhausted, and the outer zip must still hold its generator. When
# the first iterator has more, the nested zip asks the running generator: ValueError.
# expect: [(1, 'x')]
# expect: ValueError: generator already executing
# expect: []
z = zip(iter([1]), (next(z, "x") for _ in range(5)))
print(list(z))
z2 = zip(iter([1, 2, 3]), (next(z2, "y") for _ in range(5)))
try:
    print(list(z2))
except ValueError as e:
    print("ValueError:", e)
print(list(z2))
