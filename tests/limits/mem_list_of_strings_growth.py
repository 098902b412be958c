# A list of distinct strings, one new string per iteration.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
xs = []
i = 0
while True:
    xs.append(str(i) * 10)
    i += 1
