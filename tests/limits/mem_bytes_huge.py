# bytes(n) allocates n zero bytes.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
b = bytes(10**12)
print(len(b))
