# Flatten a dict of lists into (key, value) pairs.
d = {"a": [1, 2], "b": [], "c": [3]}
print([(k, v) for k, vs in d.items() for v in vs])
# expect: [('a', 1), ('a', 2), ('c', 3)]
