# next() of filterfalse() over items that are all true: the loop that looks for a false one runs inside the
# runtime and never finds one; each step spends fuel.
from itertools import filterfalse, repeat

print(next(filterfalse(None, repeat(1)), "none"))
# limit: --max-time 1
# expect limit: TimeLimitExceeded
