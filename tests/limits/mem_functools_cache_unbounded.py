# An unbounded cache fed new arguments for ever grows until the memory limit.
from functools import cache
from itertools import count


@cache
def echo(x):
    return [x]


for i in count():
    echo(i)
# limit: --max-memory 32M
# expect limit: MemoryLimitExceeded
