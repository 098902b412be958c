# Three-argument pow with a 133,000-bit exponent and modulus: each modular squaring is long.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
while True:
    pow(3, 10**40000, 10**40000 + 7)
