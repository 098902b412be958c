# sorted of itself.
g = (sorted(g) for _ in range(2))
print(next(g))
# expect runtime error: ValueError: generator already executing
