# defaultdict calls its factory for a missing key under d[k], but not for get, in or setdefault.
from collections import defaultdict

d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d)
print(d.get("zz"), "zz" in d, d["c"], d)
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, dict(counts))
n = defaultdict(lambda: "n/a", x=1)
print(n.default_factory())
print(n["x"], n["y"], dict(n))
# expect: defaultdict(<class 'list'>, {'a': [1, 3], 'b': [2]})
# expect: None False [] defaultdict(<class 'list'>, {'a': [1, 3], 'b': [2], 'c': []})
# expect: defaultdict(<class 'int'>, {'h': 1, 'e': 1, 'l': 2, 'o': 1}) {'h': 1, 'e': 1, 'l': 2, 'o': 1}
# expect: n/a
# expect: 1 n/a {'x': 1, 'y': 'n/a'}
