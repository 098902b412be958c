# 1 << 10**12 needs 125 GB.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
n = 1 << 10**12
print(n > 0)
