# An int that squares itself every iteration: its size doubles each time. The last squarings are long GMP
# multiplications, so the time limit is set far above what reaching the memory cap takes (about 1.3 s on a
# 2026 laptop-class core): the memory limit must fire first on any machine within 10x of that speed.
# limit: --max-memory 64M --max-time 15
# expect limit: MemoryLimitExceeded
x = 3
while True:
    x = x * x
