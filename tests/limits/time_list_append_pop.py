# Append and pop forever: memory stays flat.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
xs = []
while True:
    xs.append([1, 2, 3])
    xs.pop()
