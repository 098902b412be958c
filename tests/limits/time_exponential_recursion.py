# Bounded depth (60) but 2**60 calls: a time bomb, not a recursion bomb.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
def f(n):
    if n == 0:
        return 1
    return f(n - 1) + f(n - 1)
print(f(60))
