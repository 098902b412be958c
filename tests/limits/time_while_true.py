# A bare infinite loop with an empty body.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
while True:
    pass
