# 200000 generator expressions, each over the next, under the default depth limit: each frame on the chain
# counts as a call, so the depth limit stops it with CPython's RecursionError.
g = iter([1])
for i in range(200000):
    g = (x for x in g)
print(next(g))
# expect limit: RecursionError
