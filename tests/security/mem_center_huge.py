# str.center to 10**12 characters.
print(len("a".center(10**12)))
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
