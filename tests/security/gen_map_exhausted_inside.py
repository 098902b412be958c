# The mapped function exhausts the map it belongs to, and zip runs out while a generator inside it runs.
m = map(lambda x: (x, list(m)), iter([1, 2, 3]))
print(list(m))
z = zip((x for x in [1, 2, 3]), (list(z) for _ in range(3)))
print(list(z))
# expect: [(1, [(2, [(3, [])])])]
# expect runtime error: ValueError: generator already executing
