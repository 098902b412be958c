# Chained assignment binds every target to the same object.
a = b = c = 0
b = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y)
i = j = "s"
print(i + j)
# expect: 0 5 0
# expect: [1] [1]
# expect: ss
