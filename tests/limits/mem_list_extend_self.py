# In-place concatenation with itself (+=) doubles the list every iteration.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
xs = [1, 2, 3]
while True:
    xs += xs
