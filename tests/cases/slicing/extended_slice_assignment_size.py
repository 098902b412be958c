# Extended slice assignment must match length.
xs = [0, 1, 2, 3]
try:
    xs[::2] = [1, 2, 3]
except ValueError as e:
    print(e)
print(xs)
# expect: attempt to assign sequence of size 3 to extended slice of size 2
# expect: [0, 1, 2, 3]
