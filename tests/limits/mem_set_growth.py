# A set that gains an element every iteration.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
s = set()
i = 0
while True:
    s.add(i)
    i += 1
