# 10 ** (6 * 10**8) is 250 MB of digits.
x = 10 ** (6 * 10**8)
print(x.bit_length())
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
