# Recursion through sorted's key.
def k(x):
    return sorted([x], key=k)

k(0)
# expect runtime error: RecursionError: maximum recursion depth exceeded
