# A 10 GB string.
x = "a" * 10**10
print(len(x))
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
