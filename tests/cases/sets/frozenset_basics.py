# frozenset: immutable, hashable, usable as dict key and set member.
f = frozenset([3, 1, 2, 1])
print(f, len(f), 2 in f)
d = {f: "group"}
print(d[frozenset({1, 2, 3})])
s = {frozenset([1]), frozenset([1]), frozenset()}
print(len(s))
print(frozenset(), frozenset() == set())
# expect: frozenset({1, 2, 3}) 3 True
# expect: group
# expect: 2
# expect: frozenset() True
