# s - t of two million-item sets (an empty result), forever.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
s = set(range(10**6))
t = set(range(10**6))
while True:
    u = s - t
