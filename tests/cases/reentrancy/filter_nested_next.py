# filter's predicate asks the same filter for the next item while it is deciding.
# expect: [1]
# expect: [0, 3, 5]
f = filter(lambda x: next(f, None) is None, iter([1, 2, 3]))
print(list(f))
g = filter(lambda x: x % 2 == 0 or next(g, -1) > 3, iter(range(8)))
print(list(g))
