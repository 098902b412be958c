# 10 ** 10 ** 10 has ten billion digits (about 4 GB).
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
n = 10 ** 10 ** 10
print(n > 0)
