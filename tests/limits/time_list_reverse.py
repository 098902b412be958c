# list.reverse on a million items, forever: one runtime loop per call.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
x = list(range(10**6))
while True:
    x.reverse()
