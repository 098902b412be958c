# list() of a range with 10**18 elements.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
xs = list(range(10**18))
print(len(xs))
