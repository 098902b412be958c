# pop removes a key; in reflects it; len tracks size.
d = {"a": 1, "b": 2, "c": 3}
d.pop("b")
print("b" in d, len(d), d)
d.pop("a")
d.pop("c")
print(d, len(d), bool(d))
# expect: False 2 {'a': 1, 'c': 3}
# expect: {} 0 False
