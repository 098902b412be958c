# A million two-list cycles in a small heap: each iteration's pair becomes garbage that only the cycle
# collector can free (reference counts never reach zero); without it the 16 MiB limit is hit early.
# limit: --max-memory 16M
# expect: done 1000000
n = 0
for i in range(1000000):
    a = []
    b = [a]
    a.append(b)
    n += len(b)
print("done", n)
