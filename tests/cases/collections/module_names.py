# The module and its classes as values: repr, __name__, isinstance with tuples, type comparisons.
import collections
from collections import deque as dq

print(collections.deque is dq, collections.deque)
print(collections.OrderedDict.__name__, collections.defaultdict, collections.ChainMap)
d = collections.defaultdict(int)
print(type(d) == collections.defaultdict, isinstance(d, (list, dict)), isinstance(dq(), collections.deque))
print(isinstance(collections.OrderedDict(), collections.Counter), isinstance(collections.ChainMap(), dict))
print(issubclass(collections.Counter, dict), issubclass(dict, collections.Counter))
# expect: True <class 'collections.deque'>
# expect: OrderedDict <class 'collections.defaultdict'> <class 'collections.ChainMap'>
# expect: True True True
# expect: False False
# expect: True False
