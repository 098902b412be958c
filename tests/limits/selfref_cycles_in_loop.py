# Many short-lived cycles: pith frees cycles only when the run ends, which must stay well within
# the memory limit for a modest number of them.
# limit: --max-memory 64M
# expect: done 10000
n = 0
for i in range(10000):
    a = [i]
    a.append(a)
    n += len(a) - 1
print("done", n)
