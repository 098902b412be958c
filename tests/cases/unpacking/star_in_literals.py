# * and ** unpacking inside list, tuple, set and dict displays.
a = [1, 2]
b = (3,)
print([*a, *b, 4], (*a, *b), sorted({*a, *a, 5}))
d1 = {"x": 1, "y": 2}
print({**d1, "y": 20, **{"z": 3}})
print([*"hi", *range(2)])
# expect: [1, 2, 3, 4] (1, 2, 3) [1, 2, 5]
# expect: {'x': 1, 'y': 20, 'z': 3}
# expect: ['h', 'i', 0, 1]
