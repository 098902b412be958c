# Mutual recursion between two functions.
# limit: --max-depth 200
# expect limit: RecursionError
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
ping(0)
