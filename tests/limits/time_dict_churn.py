# Insert and delete the same key forever: memory stays flat, only time runs out.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
d = {}
i = 0
while True:
    d[i] = str(i)
    del d[i]
    i += 1
