# A tuple of 10**10 items.
x = (1, 2) * 5 * 10**9
print(len(x))
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
