# A million two-list cycles in a small heap: each iteration's pair becomes garbage that only the cycle
# collector can free (reference counts never reach zero); without it the 16 MiB limit is hit early.
# (the time limit is generous: the point is memory, and a loaded machine or a sanitizer build is slower)
# limit: --max-memory 16M --max-time 15
# expect: done 1000000
n = 0
for i in range(1000000):
    a = []
    b = [a]
    a.append(b)
    n += len(b)
print("done", n)
