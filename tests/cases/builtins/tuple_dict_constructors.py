# tuple() and dict() constructors from various iterables.
print(tuple(range(3)), tuple([]), tuple({"a": 1, "b": 2}))
pairs = [("x", 1), ("y", 2)]
print(dict(pairs), dict(pairs, z=3), dict({"a": 1}))
# expect: (0, 1, 2) () ('a', 'b')
# expect: {'x': 1, 'y': 2} {'x': 1, 'y': 2, 'z': 3} {'a': 1}
