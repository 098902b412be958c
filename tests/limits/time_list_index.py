# list.index of the last item of a million, forever: one runtime scan per call.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
x = list(range(10**6))
while True:
    x.index(999999)
