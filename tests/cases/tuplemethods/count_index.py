# tuple.count and tuple.index.
t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(3), t.index(2, 2))
t.index(9)
# expect: 3 3 2
# expect runtime error: ValueError: tuple.index(x): x not in tuple
