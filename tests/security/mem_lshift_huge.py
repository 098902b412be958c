# 1 << 10**10 is a 1.25 GB int.
print((1 << 10**10).bit_length())
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
