# Recursion that passes through the runtime: sorted() calls the key, which calls sorted() again.
# limit: --max-depth 200
# expect limit: RecursionError
def key(x):
    return sorted([x, x], key=key)[0]
key(1)
