# OrderedDict keeps insertion order, moves keys to either end and pops from either end.
from collections import OrderedDict

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), isinstance(od, dict))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([("x", 1)], y=2), OrderedDict({"k": "v"}))
# expect: OrderedDict([('b', 1), ('a', 2), ('c', 3)]) ['b', 'a', 'c'] True
# expect: OrderedDict([('a', 2), ('c', 3), ('b', 1)])
# expect: OrderedDict([('c', 3), ('a', 2), ('b', 1)])
# expect: ('b', 1) ('c', 3) OrderedDict([('a', 2)])
# expect: OrderedDict() OrderedDict([('x', 1), ('y', 2)]) OrderedDict([('k', 'v')])
