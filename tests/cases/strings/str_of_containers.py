# str() and repr() of nested containers use repr() for the elements.
data = {"name": "it's", "tags": ["a", "b\n"], "pos": (1, 2.5), "none": None, "ok": True}
print(str(data))
print(repr([1, "two", [3, (4,)], {}]))
print(str(("x",)), str(()), str([]), str({}))
print([["é"], "東"])
print(str("top"), repr("top"))
# expect: {'name': "it's", 'tags': ['a', 'b\n'], 'pos': (1, 2.5), 'none': None, 'ok': True}
# expect: [1, 'two', [3, (4,)], {}]
# expect: ('x',) () [] {}
# expect: [['é'], '東']
# expect: top 'top'
