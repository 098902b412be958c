# join of ten million 100-character strings.
print(len("".join(["x" * 100] * 10**7)))
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
