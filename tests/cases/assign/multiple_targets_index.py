# Unpacking into subscript targets.
xs = [0, 0, 0]
xs[0], xs[2] = "a", "c"
d = {}
d["k"], d["v"] = "name", 1
print(xs, d)
xs[0], xs[1] = xs[1], xs[0]
print(xs)
# expect: ['a', 0, 'c'] {'k': 'name', 'v': 1}
# expect: [0, 'a', 'c']
