# deque: appends and pops at both ends, indexing, len, iteration, repr.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft("ab")
print(d, list(d), 7 in d, 99 in d)
d[1] = "A"
del d[0]
print(d, bool(d), bool(deque()), deque(), deque("xy"))
# expect: deque([0, 1, 2, 3, 4]) 5 0 4 2
# expect: 4 0 deque([1, 2, 3])
# expect: deque(['b', 'a', 1, 2, 3, 7, 8]) ['b', 'a', 1, 2, 3, 7, 8] True False
# expect: deque(['A', 1, 2, 3, 7, 8]) True False deque([]) deque(['x', 'y'])
