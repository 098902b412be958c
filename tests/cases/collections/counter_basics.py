# Counter from a string, a list, a mapping and keywords; missing keys count 0 and are not stored.
from collections import Counter

c = Counter("mississippi")
print(c)
print(c["s"], c["z"], "z" in c, len(c))
print(Counter(["a", "b", "a"]), Counter({"x": 3, "y": -1}), Counter(a=2, b=1))
print(Counter(), Counter(None), Counter("ab", b=5))
# expect: Counter({'i': 4, 's': 4, 'p': 2, 'm': 1})
# expect: 4 0 False 4
# expect: Counter({'a': 2, 'b': 1}) Counter({'x': 3, 'y': -1}) Counter({'a': 2, 'b': 1})
# expect: Counter() Counter() Counter({'b': 6, 'a': 1})
