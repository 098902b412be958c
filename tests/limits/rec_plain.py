# Plain infinite recursion.
# limit: --max-depth 200
# expect limit: RecursionError
def f(n):
    return f(n + 1)
f(0)
