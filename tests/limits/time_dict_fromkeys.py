# dict.fromkeys over a million items, rebuilt forever.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
x = list(range(10**6))
while True:
    d = dict.fromkeys(x)
