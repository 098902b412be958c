# Every import form of the new modules: a star import, aliases, from-imports.
from collections import *
import heapq as hq, bisect as bs, copy as cp
print(Counter("aa"), deque([1]), hq.nsmallest(1, [3, 1]), bs.bisect([1, 2], 1), cp.copy([1]))
from copy import deepcopy
print(deepcopy({1: [2]}))
# expect: Counter({'a': 2}) deque([1]) [1] 1 [1]
# expect: {1: [2]}
