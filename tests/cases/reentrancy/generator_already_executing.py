# A generator that asks itself for an item while it runs: ValueError, as in CPython.
# expect: ValueError: generator already executing
# expect: []
# expect: ValueError: generator already executing
g = (next(g) for _ in range(3))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(list(g))
h = (next(h, "default") for _ in range(2))
try:
    print(list(h))
except ValueError as e:
    print("ValueError:", e)
