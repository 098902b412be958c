# A string that grows by a kilobyte every iteration.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
s = ""
while True:
    s += "abcd" * 256
