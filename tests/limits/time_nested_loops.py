# Nested loops: each inner loop is short, the outer one is not.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
n = 0
for i in range(10**9):
    for j in range(10**9):
        for k in range(3):
            n += 1
