# 300000 nested zip objects: next() recurses through every one.
z = iter([1])
for i in range(300000):
    z = zip(z)
print(next(z))
# expect limit: RecursionError
