# A terabyte string in one operation.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
s = "x" * 10**12
print(len(s))
