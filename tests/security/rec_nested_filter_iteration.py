# 300000 nested filter objects.
f = iter([1])
for i in range(300000):
    f = filter(None, f)
print(list(f))
# expect limit: RecursionError
