# A finally block that loops forever after the limit fired.
try:
    while True:
        pass
finally:
    while True:
        pass
# limit: --max-time 1
# expect limit: TimeLimitExceeded
