# del with slices and steps.
xs = list(range(10))
del xs[::3]
print(xs)
del xs[-2:]
print(xs)
del xs[1]
print(xs)
# expect: [1, 2, 4, 5, 7, 8]
# expect: [1, 2, 4, 5]
# expect: [1, 4, 5]
