# A list of 10**12 zeros in one operation.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
xs = [0] * 10**12
print(len(xs))
