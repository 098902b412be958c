# set <= set over a million entries, in a loop.
s = set(range(10**6))
t = set(range(10**6))
while True:
    s <= t
# limit: --max-time 1
# expect limit: TimeLimitExceeded
