# A for loop over a range that would take centuries to finish.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
total = 0
for i in range(10**18):
    total += i & 1
