# A string that doubles every iteration.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
s = "x"
while True:
    s = s + s
