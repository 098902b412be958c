# dict constructor forms.
print(dict(), dict({"a": 1}), dict(a=1), dict([("a", 1), ["b", 2]]), dict({"a": 1}, b=2))
# expect: {} {'a': 1} {'a': 1} {'a': 1, 'b': 2} {'a': 1, 'b': 2}
