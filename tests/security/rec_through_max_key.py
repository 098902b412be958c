# Recursion through max's key.
def k(x):
    return max([x], key=k)

k(0)
# expect limit: RecursionError
