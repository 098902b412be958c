# Recursion through nested generator expressions.
def f(n):
    return sum(f(n + 1) for _ in [0])

f(0)
# expect runtime error: RecursionError: maximum recursion depth exceeded
