# The time limit inside a runaway match cannot be caught: a bare except around re.search does not see it.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
import re

n = 0
while True:
    try:
        re.search(r'(x+x+)+y', 'x' * 30)
    except:
        n += 1
