# tuple() of a range with 10**18 elements.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
t = tuple(range(10**18))
print(len(t))
