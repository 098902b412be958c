# Counter keys of several types, equal keys (1 and True), and counting tuples.
from collections import Counter

c = Counter([1, True, 1.0, "1", (1, 2), (1, 2), None])
print(c)
pairs = Counter(zip("abab", "xyxy"))
print(pairs, pairs[("a", "x")])
print(Counter({"a": 1}).keys(), Counter("ab").values(), Counter("aa").items())
# expect: Counter({1: 3, (1, 2): 2, '1': 1, None: 1})
# expect: Counter({('a', 'x'): 2, ('b', 'y'): 2}) 2
# expect: dict_keys(['a']) dict_values([1, 1]) dict_items([('a', 2)])
