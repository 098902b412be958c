# Three-argument pow with a 332,000-bit exponent: one call is 332,000 modular squarings, which must
# check the clock as they go.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
while True:
    pow(7, 10**100000, 10**5000 + 1)
