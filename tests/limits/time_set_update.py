# set.update with a million items already present, forever: one runtime loop per call.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
x = list(range(10**6))
s = set()
while True:
    s.update(x)
