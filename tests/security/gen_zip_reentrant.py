# zip whose second iterator calls next() on the zip itself.
z = zip(iter([1]), (next(z, "x") for _ in range(5)))
print(list(z))
# expect: [(1, 'x')]
