# set(list) of a million items, rebuilt forever (the previous set is freed: memory stays flat).
# limit: --max-time 1
# expect limit: TimeLimitExceeded
x = list(range(10**6))
while True:
    s = set(x)
