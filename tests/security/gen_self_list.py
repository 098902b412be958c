# A generator expression that lists itself.
g = (list(g) for _ in range(2))
print(list(g))
# expect runtime error: ValueError: generator already executing
