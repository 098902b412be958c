# An int that squares itself every iteration: its size doubles each time.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
x = 3
while True:
    x = x * x
