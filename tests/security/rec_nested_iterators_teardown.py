# 300000 nested zip objects freed without being iterated.
z = iter([1])
for i in range(300000):
    z = zip(z)
z = None
print("freed")
# expect: freed
