# map's function and map's own iterables ask the same map for items while it is running.
# expect: [1]
# expect: [(1, (2, (3, (4, None))))]
m = map(max, iter([1]), (next(m, 0) for _ in range(3)))
print(list(m))
m2 = map(lambda x: (x, next(m2, None)), iter([1, 2, 3, 4]))
print(list(m2))
