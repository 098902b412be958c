# A generator expression that calls next() on itself.
g = (next(g) for _ in range(3))
print(next(g))
# expect runtime error: ValueError: generator already executing
