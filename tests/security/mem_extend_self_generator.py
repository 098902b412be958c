# A list extended by a generator over itself grows forever.
a = [1, 2]
a.extend(x for x in a)
print(len(a))
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
