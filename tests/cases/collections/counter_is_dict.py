# A Counter is a dict: isinstance, dict(), dict methods, iteration and its class.
import collections
from collections import Counter

c = Counter("hello")
print(isinstance(c, dict), isinstance(c, Counter), isinstance({}, Counter), type(c).__name__)
print(type(c), collections.Counter, type(c) is Counter)
print(dict(c), list(c), sorted(c.items()), c.get("l"), c.get("q", "none"))
print(c.pop("h"), c.setdefault("new", 9), c)
del c["missing"]
del c["e"]
print(c, c.keys())
d = c.copy()
print(type(d).__name__, d == c, d is c)
# expect: True True False Counter
# expect: <class 'collections.Counter'> <class 'collections.Counter'> True
# expect: {'h': 1, 'e': 1, 'l': 2, 'o': 1} ['h', 'e', 'l', 'o'] [('e', 1), ('h', 1), ('l', 2), ('o', 1)] 2 none
# expect: 1 9 Counter({'new': 9, 'l': 2, 'e': 1, 'o': 1})
# expect: Counter({'new': 9, 'l': 2, 'o': 1}) dict_keys(['l', 'o', 'new'])
# expect: Counter True False
