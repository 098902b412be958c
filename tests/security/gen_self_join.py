# str.join of itself.
g = ("".join(g) for _ in range(2))
print(next(g))
# expect runtime error: ValueError: generator already executing
