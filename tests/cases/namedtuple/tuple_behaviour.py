# A namedtuple is a tuple: unpacking, len, slicing, iteration, comparison, hashing, + and methods.
from collections import namedtuple

P = namedtuple("P", "x y")
p = P(3, 4)
x, y = p
print(x, y, len(p), p[-1], p[:1], list(p), tuple(p), [*p], sum(p), max(p))
print(p == (3, 4), p == P(3, 4), P(1, 2) < P(1, 3), sorted([P(2, 0), P(1, 9)]), hash(p) == hash((3, 4)))
print(p + (5,), p * 2, 4 in p, p.count(3), p.index(4), isinstance(p, tuple), {p: "v"}[(3, 4)])
print("%d-%d" % tuple(p), dict([P("k", "v")]), bool(P(0, 0)))
# expect: 3 4 2 4 (3,) [3, 4] (3, 4) [3, 4] 7 4
# expect: True True True [P(x=1, y=9), P(x=2, y=0)] True
# expect: (3, 4, 5) (3, 4, 3, 4) True 1 1 True v
# expect: 3-4 {'k': 'v'} True
