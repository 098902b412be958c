# bytes(n) of a terabyte.
x = bytes(1 << 40)
print(len(x))
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
