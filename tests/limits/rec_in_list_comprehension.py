# Recursion inside a list comprehension.
# limit: --max-depth 200
# expect limit: RecursionError
def f(n):
    return [f(n + 1) for _ in range(2)]
f(0)
