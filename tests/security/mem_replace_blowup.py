# replace of the empty string multiplies the length.
x = ("a" * 1000).replace("", "b" * 10**6)
print(len(x))
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
