# 300000 closures each holding the previous one.
f = lambda: 0
for i in range(300000):
    f = (lambda g: lambda: g)(f)
f = None
print("freed")
# expect: freed
