# Views reflect later changes to the dict.
d = {"a": 1}
k = d.keys()
v = d.values()
d["b"] = 2
print(list(k), list(v), len(k))
del d["a"]
print(list(k), d.items())
# expect: ['a', 'b'] [1, 2] 2
# expect: ['b'] dict_items([('b', 2)])
