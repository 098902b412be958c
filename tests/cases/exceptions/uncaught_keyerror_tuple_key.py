# Uncaught KeyError with a tuple key.
d = {(1, 2): "a"}
print(d[(1, 2)])
d[(2, 1)]
# expect: a
# expect runtime error: KeyError: (2, 1)
