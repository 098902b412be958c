# reduce() over an endless iterator: the fold never ends; the time limit stops it.
from functools import reduce
from itertools import repeat
import operator

print(reduce(operator.add, repeat(0)))
# limit: --max-time 1
# expect limit: TimeLimitExceeded
