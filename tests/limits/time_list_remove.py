# list.remove of the last item of a million, put back each time: one runtime scan per call.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
x = list(range(10**6))
while True:
    x.remove(999999)
    x.append(999999)
