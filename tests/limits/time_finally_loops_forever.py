# The finally clause itself loops forever: whatever pith does with finally blocks when a limit
# stops the run, the run must still stop on time.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
try:
    while True:
        pass
finally:
    while True:
        pass
