# Sharing is cheap, copying each row is not.
row = [0] * 10**4
grid = [row] * 10**4
copies = [r[:] for r in grid]
print(len(copies))
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
