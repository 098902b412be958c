# The first iterable of a generator expression is evaluated immediately.
data = [1, 2, 3]
g = (x * 10 for x in data)
data = [7]
print(list(g))
# expect: [10, 20, 30]
