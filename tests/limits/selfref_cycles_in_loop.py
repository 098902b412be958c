# Many short-lived self-referencing lists: the cycle collector frees them during the run.
# limit: --max-memory 64M
# expect: done 10000
n = 0
for i in range(10000):
    a = [i]
    a.append(a)
    n += len(a) - 1
print("done", n)
