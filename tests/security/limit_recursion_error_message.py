# RecursionError with --max-depth 50.
def f(n):
    return f(n + 1)

f(0)
# limit: --max-depth 50
# expect limit: RecursionError
