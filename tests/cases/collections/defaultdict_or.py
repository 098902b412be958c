# | keeps the defaultdict's kind and factory on either side.
from collections import defaultdict

d = defaultdict(list, a=[1])
e = d | {"b": [2]}
f = {"c": [3]} | d
print(e, f)
e["new"].append(1)
print(e["new"], type(f).__name__)
d |= {"z": []}
print(d)
# expect: defaultdict(<class 'list'>, {'a': [1], 'b': [2]}) defaultdict(<class 'list'>, {'c': [3], 'a': [1]})
# expect: [1] defaultdict
# expect: defaultdict(<class 'list'>, {'a': [1], 'z': []})
