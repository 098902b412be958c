# enumerate over a generator that advances the enumerate.
e = enumerate(next(e, 0) for _ in range(3))
print(list(e))
# expect runtime error: ValueError: generator already executing
