# Methods taken from the classes (Counter.most_common(c, 1)), and an OrderedDict's views (odict_keys).
from collections import Counter, OrderedDict, deque, defaultdict
c = Counter("aabc")
print(Counter.most_common(c, 1), OrderedDict.keys(OrderedDict(a=1)), Counter.total(c))
od = OrderedDict(a=1, b=2)
OrderedDict.move_to_end(od, "a")
print(od, deque.count(deque([1, 1]), 1), defaultdict.copy(defaultdict(int)))
print(od.keys(), od.values(), od.items(), Counter(a=1).keys(), defaultdict(int).items())
# expect: [('a', 2)] odict_keys(['a']) 4
# expect: OrderedDict([('b', 2), ('a', 1)]) 2 defaultdict(<class 'int'>, {})
# expect: odict_keys(['b', 'a']) odict_values([2, 1]) odict_items([('b', 2), ('a', 1)]) dict_keys(['a']) dict_items([])
