# Dicts keep insertion order; overwriting a key keeps its position; deleting and re-adding moves it last.
d = {"z": 1, "a": 2, "m": 3}
d["a"] = 20
d["b"] = 4
print(d)
print(list(d.keys()), list(d.values()))
v = d.pop("z")
d["z"] = v
print(d)
print(len(d), {} == {}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
# expect: {'z': 1, 'a': 20, 'm': 3, 'b': 4}
# expect: ['z', 'a', 'm', 'b'] [1, 20, 3, 4]
# expect: {'a': 20, 'm': 3, 'b': 4, 'z': 1}
# expect: 4 True True
