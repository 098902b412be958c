# Squaring a 40-million-bit int again and again.
x = 3 ** (25 * 10**6)
while True:
    y = x * x
# limit: --max-time 1
# expect limit: TimeLimitExceeded
