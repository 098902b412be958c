# In a program that calls the host, a factory that does not is fine, and so is one defined after it.
from collections import defaultdict

groups = defaultdict(list)
sizes = defaultdict(lambda: 0)
for name in ["a", "b", "a"]:
    groups[name].append(fetch(name))
    sizes[name] += 1
print(dict(groups), dict(sizes))
# host: fetch -> 1
# expect: {'a': [1, 1], 'b': [1]} {'a': 2, 'b': 1}
