# Tuple assignment swaps and rotates without temporaries.
a, b, c = 1, 2, 3
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
# expect: 2 1
# expect: 3 2 1
