# Every iteration raises and catches an ordinary exception.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
while True:
    try:
        raise ValueError("again")
    except ValueError:
        continue
