# sorted() materialises its argument first.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
print(sorted(range(10**18))[0])
