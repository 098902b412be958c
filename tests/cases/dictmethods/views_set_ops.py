# dict keys/items views support set operations; values do not.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 2, "z": 30, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() | b.keys()))
print(sorted(a.items() & b.items()), sorted(a.keys() ^ b.keys()))
print(a.keys() == {"x", "y", "z"}, "x" in a.keys(), ("y", 2) in a.items())
# expect: ['y', 'z'] ['x'] ['w', 'x', 'y', 'z']
# expect: [('y', 2)] ['w', 'x']
# expect: True True True
