# str.zfill to 10**10 characters.
print(len("1".zfill(10**10)))
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
