# Nested defaultdicts, repr of the factory (a class, a builtin, a lambda-free function), isinstance.
from collections import defaultdict


def zero():
    return 0


tree = defaultdict(lambda: defaultdict(int))
tree["x"]["y"] += 2
tree["x"]["z"] += 1
print({k: dict(v) for k, v in tree.items()})
d = defaultdict(set)
d[1].add("a")
print(d, isinstance(d, dict), type(d).__name__)
z = defaultdict(zero)
z["k"] += 5
print(z["k"], z["other"], sorted(z.items()))
print(defaultdict(str, a="x"), defaultdict(dict).default_factory)
c = d.copy()
print(type(c).__name__, c.default_factory, c == d)
# expect: {'x': {'y': 2, 'z': 1}}
# expect: defaultdict(<class 'set'>, {1: {'a'}}) True defaultdict
# expect: 5 0 [('k', 5), ('other', 0)]
# expect: defaultdict(<class 'str'>, {'a': 'x'}) <class 'dict'>
# expect: defaultdict <class 'set'> True
