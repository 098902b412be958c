# A 20 MB int modulo a 10 MB one: the quotient, the remainder and GMP's scratch space cannot fit
# 64 MB beside them.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
x = (1 << (160 * 10**6)) - 1
y = (1 << (80 * 10**6)) - 3
while True:
    z = x % y
