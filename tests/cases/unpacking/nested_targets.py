# Nested unpacking in assignment and for loops.
(a, b), c = (1, 2), 3
print(a, b, c)
for i, (k, v) in enumerate([("x", 1), ("y", 2)]):
    print(i, k, v)
name, (lat, *coords) = ("pt", (1.0, 2.0, 3.0))
print(name, lat, coords)
# expect: 1 2 3
# expect: 0 x 1
# expect: 1 y 2
# expect: pt 1.0 [2.0, 3.0]
