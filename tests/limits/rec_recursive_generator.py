# A generator that delegates to itself without end: each level is a frame on the chain, so the depth
# limit stops it with RecursionError.
def down(n):
    yield n
    yield from down(n + 1)

for x in down(0):
    pass
# limit: --max-depth 200
# expect limit: RecursionError
