# Nest a list one level deeper forever: the chain of one-element lists eats memory.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
x = []
while True:
    x = [x]
