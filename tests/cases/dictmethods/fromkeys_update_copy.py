# fromkeys, update from dict/pairs/kwargs, copy is shallow.
d = dict.fromkeys(["a", "b"], 0)
d.update({"a": 1}, c=3)
d.update([("d", 4)])
e = d.copy()
e["a"] = 100
print(d, e["a"])
print(dict.fromkeys("xy"))
# expect: {'a': 1, 'b': 0, 'c': 3, 'd': 4} 100
# expect: {'x': None, 'y': None}
