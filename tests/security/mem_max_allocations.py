# The allocation-count limit.
x = []
for i in range(10**6):
    x.append([i])
# limit: --max-allocations 100000
# expect limit: MemoryLimitExceeded
