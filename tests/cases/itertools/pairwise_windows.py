# pairwise() yields overlapping pairs: none for fewer than two items; deltas between readings are a common use.
from itertools import pairwise

print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])))
readings = [3, 7, 6, 10]
print([b - a for a, b in pairwise(readings)])
print(list(pairwise(x * x for x in range(4))))
p = pairwise(iter([1, 2]))
print(next(p), list(p), list(p))
# expect: [('A', 'B'), ('B', 'C'), ('C', 'D'), ('D', 'E')] [] []
# expect: [4, -1, 4]
# expect: [(0, 1), (1, 4), (4, 9)]
# expect: (1, 2) [] []
