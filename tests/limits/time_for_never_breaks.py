# A for loop with a break that is never taken, and an else that is never reached.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
for i in range(10**18):
    if i < 0:
        break
else:
    print("finished")
