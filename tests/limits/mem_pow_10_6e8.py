# 10 ** (6 * 10**8) is a 250 MB int: with the squarings that build it, it cannot fit 512 MB, so it is
# refused before the work starts.
# limit: --max-memory 512M
# expect limit: MemoryLimitExceeded
while True:
    x = 10 ** (6 * 10**8)
