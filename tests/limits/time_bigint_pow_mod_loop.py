# Big-int arithmetic whose size stays bounded: repeated squaring modulo a big prime-ish number.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
m = 2 ** 100000 - 1
x = 3
while True:
    x = x * x % m
