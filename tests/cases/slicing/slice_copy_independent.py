# A full slice is a shallow copy.
a = [[1], 2]
b = a[:]
b.append(3)
b[0].append(9)
print(a, b, a is b)
# expect: [[1, 9], 2] [[1, 9], 2, 3] False
