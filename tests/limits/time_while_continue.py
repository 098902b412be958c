# An infinite loop whose only statement is `continue`.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
while True:
    continue
