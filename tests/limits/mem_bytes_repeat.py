# A terabyte bytes object in one operation.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
b = b"xy" * 10**12
print(len(b))
