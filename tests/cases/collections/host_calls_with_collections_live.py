# Counters, deques, defaultdicts, OrderedDicts and ChainMaps held across host calls survive every snapshot.
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque

c = Counter("hello")
q = deque([1, 2], maxlen=3)
d = defaultdict(list)
od = OrderedDict(a=1, b=2)
cm = ChainMap({"x": 1}, {"y": 2})
it = iter(q)
for i in range(3):
    v = fetch(i)
    c[str(v)] += 1
    q.append(v)
    d[v].append(i)
    od.move_to_end("a")
    cm["x"] = v
print(c, q, d, od, cm, next(it, "mutated") if False else "ok")
print(Counter(fetch(i) for i in range(3)), deque(fetch(i) for i in range(2)), c.most_common(1))
c.update(fetch(i) for i in range(2))
q.extend(fetch(i) for i in range(2))
print(c[7], q)
# host: fetch -> 7
# expect: Counter({'7': 3, 'l': 2, 'h': 1, 'e': 1, 'o': 1}) deque([7, 7, 7], maxlen=3) defaultdict(<class 'list'>, {7: [0, 1, 2]}) OrderedDict([('b', 2), ('a', 1)]) ChainMap({'x': 7}, {'y': 2}) ok
# expect: Counter({7: 3}) deque([7, 7]) [('7', 3)]
# expect: 2 deque([7, 7, 7], maxlen=3)
