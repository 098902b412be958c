# Two OrderedDicts compare their order too; with a plain dict the order does not matter.
from collections import OrderedDict

a = OrderedDict(x=1, y=2)
b = OrderedDict(y=2, x=1)
print(a == b, a != b, a == dict(b), dict(a) == b, a == OrderedDict(x=1, y=2))
print(a.copy() == a, type(a.copy()).__name__)
# expect: False True True True True
# expect: True OrderedDict
