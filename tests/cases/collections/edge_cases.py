# Edge cases of the collections types checked against CPython: float and zero counts, deleted entries in an
# OrderedDict, deque bounds, ChainMap children.
from collections import Counter, OrderedDict, deque, defaultdict, ChainMap
c = Counter(a=1.5, b=-2, c=0, d=3)
print(c, +c, -c, c + Counter(a=0.5), c.total())
print(Counter("abc") - Counter("bcd"), Counter(a=2) & Counter(a=-1), Counter(a=-1) | Counter(b=0))
od = OrderedDict()
for i in range(10): od[i] = i
for i in range(0, 10, 2): del od[i]
od.move_to_end(5, last=False); od.move_to_end(1)
print(od, od.popitem(False), od.popitem())
d = deque(range(6), maxlen=6)
d.rotate(-2); print(d, d.index(0, -3), d.index(5, 1, 4))
try: d.index(0, 0, 2)
except ValueError as e: print(e)
print(d.count(9), deque("aab").count("a"))
dd = defaultdict(list, [("a", [1])]); print(dd, defaultdict(int, a=1) == {"a": 1})
cm = ChainMap({1: "a"}); cm2 = cm.new_child(); cm2[1] = "b"; print(cm2[1], cm[1], len(cm2), cm2 == {1: "b"})
print(Counter({"x": 1}) == Counter(x=1.0), Counter(a=1) != Counter(a=1))
c2 = Counter(); c2.update(Counter(a=1)); c2.update(Counter(a=2)); print(c2)
q = deque([1, 2, 3]); q.clear(); q.extend(range(3)); q.remove(1); print(q, 2 in q)
print(deque([[1], [2]]) == deque([[1], [2]]), deque([1]) != deque([2]), deque([1, 2]) > deque([1]))
# expect: Counter({'d': 3, 'a': 1.5, 'c': 0, 'b': -2}) Counter({'d': 3, 'a': 1.5}) Counter({'b': 2}) Counter({'d': 3, 'a': 2.0}) 2.5
# expect: Counter({'a': 1}) Counter() Counter()
# expect: OrderedDict([(3, 3), (7, 7), (9, 9)]) (5, 5) (1, 1)
# expect: deque([2, 3, 4, 5, 0, 1], maxlen=6) 4 3
# expect: 0 is not in deque
# expect: 0 2
# expect: defaultdict(<class 'list'>, {'a': [1]}) True
# expect: b a 1 True
# expect: True False
# expect: Counter({'a': 3})
# expect: deque([0, 2]) True
# expect: True True True
