# One modular exponentiation with a 332,000-bit exponent.
print(pow(7, 10**100000, 10**5000 + 1) % 10)
# limit: --max-time 0.5
# expect limit: TimeLimitExceeded
