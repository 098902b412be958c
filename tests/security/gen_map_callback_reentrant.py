# map whose function advances the map itself.
m = map(lambda x: (x, next(m, None)), iter([1, 2, 3, 4, 5]))
print(list(m))
# expect: [(1, (2, (3, (4, (5, None)))))]
