# A dict that gains a key every iteration.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
d = {}
i = 0
while True:
    d[i] = i
    i += 1
