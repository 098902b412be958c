# A list that grows by one element every iteration.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
xs = []
while True:
    xs.append(len(xs))
