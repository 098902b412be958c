# pop with default, popitem LIFO order, setdefault.
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("a"), d.pop("zz", None), d.popitem(), d)
print(d.setdefault("b", 99), d.setdefault("n", []), d)
d.popitem()
d.popitem()
d.popitem()
# expect: 1 None ('c', 3) {'b': 2}
# expect: 2 [] {'b': 2, 'n': []}
# expect runtime error: KeyError: 'popitem(): dictionary is empty'
