# Clearing a list while iterating it (forward and reversed).
a = [1, 2, 3]
for x in a:
    print(x)
    a.clear()
b = [1, 2, 3]
for x in reversed(b):
    print(x)
    b.clear()
print(a, b)
# expect: 1
# expect: 3
# expect: [] []
