# The types of collections keep their type and settings through copy and deepcopy.
import copy
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque

items = [Counter("aab"), defaultdict(list, a=[1]), OrderedDict(b=[2], a=[1]), deque([[1], [2]], maxlen=5),
         ChainMap({"x": [1]}, {"y": 2})]
for it in items:
    s, d = copy.copy(it), copy.deepcopy(it)
    print(type(s).__name__, type(d).__name__, s == it, d == it, s is it, d is it)
dd = copy.deepcopy(items[1])
dd["new"].append(3)
print(dd, items[1])
q = copy.deepcopy(items[3])
print(q, q.maxlen, q[0] is items[3][0], copy.copy(items[3])[0] is items[3][0])
# expect: Counter Counter True True False False
# expect: defaultdict defaultdict True True False False
# expect: OrderedDict OrderedDict True True False False
# expect: deque deque True True False False
# expect: ChainMap ChainMap True True False False
# expect: defaultdict(<class 'list'>, {'a': [1], 'new': [3]}) defaultdict(<class 'list'>, {'a': [1]})
# expect: deque([[1], [2]], maxlen=5) 5 False True
