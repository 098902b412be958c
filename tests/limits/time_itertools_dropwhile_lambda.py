# dropwhile() whose predicate holds for ever, over count(): every item calls Python, the time limit stops it.
from itertools import dropwhile, count

print(next(dropwhile(lambda x: x >= 0, count())))
# limit: --max-time 1
# expect limit: TimeLimitExceeded
