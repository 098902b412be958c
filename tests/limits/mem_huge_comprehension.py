# A list comprehension over 10**18 elements.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
xs = [i * 2 for i in range(10**18)]
print(len(xs))
