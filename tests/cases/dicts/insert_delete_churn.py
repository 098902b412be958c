# Inserting and deleting keys over and over keeps the dict healthy (deleted slots are reclaimed).
d = {}
for i in range(20000):
    d[i] = i
    del d[i]
d["k"] = 1
for i in range(500):
    d[str(i)] = i
    d.pop(str(i))
print(len(d), d, list(d.items()))
# expect: 1 {'k': 1} [('k', 1)]
