# A for loop over itertools.count() that never breaks: the time limit stops it.
import itertools

print("start")
for x in itertools.count(step=0):
    pass
# limit: --max-time 1
# expect limit: TimeLimitExceeded
# expect: start
