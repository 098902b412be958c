# 200000 generator expressions, each over the next, under --max-depth 1000000: next() recurses through all.
g = iter([1])
for i in range(200000):
    g = (x for x in g)
print(next(g))
# limit: --max-depth 1000000
# expect limit: RecursionError
