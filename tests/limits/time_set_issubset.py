# set.issubset of two equal million-item sets, forever.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
s = set(range(10**6))
t = set(range(10**6))
while True:
    s.issubset(t)
