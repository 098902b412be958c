# str.ljust to a terabyte.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
s = "a".ljust(10**12)
print(len(s))
