# 300000 nested map objects.
m = iter([1])
for i in range(300000):
    m = map(abs, m)
print(next(m))
# expect limit: RecursionError
