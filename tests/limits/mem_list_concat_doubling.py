# Repeated list concatenation: xs = xs + xs doubles the list every iteration.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
xs = [0]
while True:
    xs = xs + xs
