# A 20 MB int times itself: the 40 MB product and GMP's scratch space cannot fit 64 MB beside it.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
x = (1 << (160 * 10**6)) - 1
while True:
    y = x * x
