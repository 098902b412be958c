# --max-depth 1000000 on a trivial recursion: the C stack runs out first, unless it is guarded.
def f(n):
    return f(n + 1)

f(0)
# limit: --max-depth 1000000
# expect limit: RecursionError
