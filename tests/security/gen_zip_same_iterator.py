# zip of one iterator with itself.
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)))
z = zip([1, 2, 3], [4, 5, 6])
print(list(zip(z, z)))
# expect: [(1, 2), (3, 4)]
# expect: [((1, 4), (2, 5))]
