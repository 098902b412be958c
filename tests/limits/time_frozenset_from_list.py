# frozenset(list) of a million items, rebuilt forever.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
x = list(range(10**6))
while True:
    s = frozenset(x)
