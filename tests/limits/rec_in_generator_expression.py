# Recursion inside a generator expression consumed by sum().
# limit: --max-depth 200
# expect limit: RecursionError
def f(n):
    return sum(f(n + 1) for _ in range(1))
f(0)
