# 2 ** (2 ** 40) needs 128 GiB.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
n = 2 ** (2 ** 40)
print(n > 0)
