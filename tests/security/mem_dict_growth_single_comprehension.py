# One comprehension building a huge dict.
d = {i: i for i in range(10**9)}
print(len(d))
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
