# --max-allocations: a loop that keeps every new list alive.
# limit: --max-allocations 100000
# expect limit: MemoryLimitExceeded
keep = []
while True:
    keep.append([len(keep)])
