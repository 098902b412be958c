# A tab expanded to 10**9 columns, many times.
print(len(("\t" * 100).expandtabs(10**9)))
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
