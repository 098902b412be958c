# dict == dict over a million entries, in a loop.
d = dict.fromkeys(range(10**6))
e = dict.fromkeys(range(10**6))
while True:
    d == e
# limit: --max-time 1
# expect limit: TimeLimitExceeded
