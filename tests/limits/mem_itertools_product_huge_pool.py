# product() reads its pools whole when it is made: a pool of 10**12 items stops at the memory limit.
from itertools import product

p = product(range(10**12), "ab")
# limit: --max-memory 32M
# expect limit: MemoryLimitExceeded
