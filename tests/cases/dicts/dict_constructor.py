# dict() from pairs, keywords, another dict (a copy), and empty.
print(dict(), dict([("a", 1), ("b", 2)]), dict(x=1, y="z"))
src = {"k": [1]}
cp = dict(src)
cp["k2"] = 2
print(src, cp)
print(dict([["p", 1]], q=2))
# expect: {} {'a': 1, 'b': 2} {'x': 1, 'y': 'z'}
# expect: {'k': [1]} {'k': [1], 'k2': 2}
# expect: {'p': 1, 'q': 2}
