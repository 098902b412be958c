# A for loop over a huge range whose body is only `continue` (the continue edge must also count as a
# loop back-edge for the time limit).
# limit: --max-time 1
# expect limit: TimeLimitExceeded
for i in range(10**18):
    continue
