# A loop whose condition stays true (the counter never goes negative).
# limit: --max-time 1
# expect limit: TimeLimitExceeded
i = 0
while i >= 0:
    i += 1
