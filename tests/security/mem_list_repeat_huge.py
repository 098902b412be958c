# [0] * 10**9 would be 8 GB.
x = [0] * 10**9
print(len(x))
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
