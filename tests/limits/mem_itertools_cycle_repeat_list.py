# Materialising cycle() and repeat() for ever: the memory limit stops the first one.
from itertools import cycle, repeat

print("start")
pairs = list(zip(cycle("ab"), repeat(None)))
# limit: --max-memory 32M
# expect limit: MemoryLimitExceeded
# expect: start
