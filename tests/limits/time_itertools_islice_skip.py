# islice() skipping 10**18 items of an endless source: the skip loop is in the runtime and spends fuel.
from itertools import islice, cycle

print(next(islice(cycle([1, 2, 3]), 10**18, None)))
# limit: --max-time 1
# expect limit: TimeLimitExceeded
