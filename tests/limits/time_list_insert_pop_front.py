# insert(0) and pop(0) on a million items each move them all.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
x = list(range(10**6))
while True:
    x.insert(0, 1)
    x.pop(0)
