g = (i * i for i in range(5))
first = next(g)
names = {"a": 1, "b": [1, 2]}
print("start")
x = ask(first)
print(first, x, list(g), names)
x + 1
