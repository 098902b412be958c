# A generator expression that sums itself.
g = (sum(g) for _ in range(2))
print(next(g))
# expect runtime error: ValueError: generator already executing
