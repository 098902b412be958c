# d == e of two equal million-entry dicts, forever.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
d = dict.fromkeys(range(10**6), 0)
e = dict.fromkeys(range(10**6), 0)
while True:
    d == e
