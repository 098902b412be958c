# map whose second iterator calls next() on the map itself.
m = map(max, iter([1]), (next(m, 0) for _ in range(3)))
print(list(m))
# expect: [1]
