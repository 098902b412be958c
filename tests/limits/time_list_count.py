# list.count over a million items, forever: each call is one runtime loop, which must spend fuel per item.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
x = list(range(10**6))
while True:
    x.count(-1)
