# count() counts from start by step, ints, floats and negative steps alike, for ever (taken with next and zip).
from itertools import count

c = count()
print(next(c), next(c), next(c))
print(list(zip(count(10), "abc")))
print(list(zip(count(1, 3), range(4))))
d = count(2.5, -0.5)
print([next(d) for _ in range(4)])
print(repr(count(7)), repr(count(1, 2)), repr(count(0.5, 0.25)), repr(count(5, -1)))
e = count(3)
next(e)
print(repr(e))
print([n for n, _ in zip(count(-3), range(5))])
# expect: 0 1 2
# expect: [(10, 'a'), (11, 'b'), (12, 'c')]
# expect: [(1, 0), (4, 1), (7, 2), (10, 3)]
# expect: [2.5, 2.0, 1.5, 1.0]
# expect: count(7) count(1, 2) count(0.5, 0.25) count(5, -1)
# expect: count(4)
# expect: [-3, -2, -1, 0, 1]
