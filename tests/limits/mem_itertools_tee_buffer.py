# One side of tee() over count() consumed for ever: the other side's buffer grows until the memory limit.
from itertools import tee, count

a, b = tee(count())
for x in a:
    pass
# limit: --max-memory 32M
# expect limit: MemoryLimitExceeded
