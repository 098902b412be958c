# Slice assignment can grow, shrink or replace in place.
xs = [0, 1, 2, 3, 4, 5]
xs[1:3] = ["a", "b", "c"]
print(xs)
xs[:2] = []
print(xs)
xs[len(xs):] = [9, 9]
print(xs)
xs[::2] = [0, 0, 0, 0]
print(xs)
# expect: [0, 'a', 'b', 'c', 3, 4, 5]
# expect: ['b', 'c', 3, 4, 5]
# expect: ['b', 'c', 3, 4, 5, 9, 9]
# expect: [0, 'c', 0, 4, 0, 9, 0]
