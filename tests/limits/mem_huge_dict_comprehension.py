# A dict comprehension over 10**18 keys.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
d = {i: i for i in range(10**18)}
print(len(d))
