# list() of an infinite generator: the memory limit stops it, and except cannot swallow that.
def forever():
    while True:
        yield "x" * 100

try:
    items = list(forever())
except BaseException:
    print("swallowed")
# limit: --max-memory 32M
# expect limit: MemoryLimitExceeded
