# list() of itertools.count(): an infinite lazy iterator materialised; the memory limit stops it, and except
# cannot swallow that.
import itertools

try:
    items = list(itertools.count())
except BaseException:
    print("swallowed")
# limit: --max-memory 32M
# expect limit: MemoryLimitExceeded
