# int/float/bool keys that compare equal are the same key; tuple keys work.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[(1, "a")] = "tuple"
print(d[(1, "a")], d.get(1.0))
print({0: "a", False: "b"})
# expect: {1: 'bool'} 1
# expect: tuple bool
# expect: {0: 'b'}
