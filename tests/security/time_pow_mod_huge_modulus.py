# One modular exponentiation with a 133,000-bit modulus.
print(pow(3, 10**40000, 10**40000 + 7) % 10)
# limit: --max-time 0.5
# expect limit: TimeLimitExceeded
