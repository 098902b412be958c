# list.count over ten million items, in a loop.
x = [0] * 10**7
while True:
    x.count(1)
# limit: --max-time 1
# expect limit: TimeLimitExceeded
