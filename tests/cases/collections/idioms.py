# Idioms agents write with the collections types: max by count, dict methods taken from dict, ** and sum of Counters.
from collections import Counter, defaultdict, OrderedDict, deque
c = Counter("mississippi")
print(max(c, key=c.get), sorted(c, key=c.get, reverse=True), sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
print(dict.get(c, "s"), dict.keys(c), list(dict.items(OrderedDict(a=1))))
d = defaultdict(int, {"a": 1})
print({**d, "b": 2}, dict(**d), list(deque([1, 2])), len(d), str(c), f"{c}", repr(d))
print(sum([Counter(a=1), Counter(a=2, b=1)], Counter()))
q = deque()
q += "ab"
print(q, deque.append, deque.popleft(q), q)
x = Counter(a=1)
x["b"] += 2
x["c"] -= 1
print(x, +x, x.most_common()[-1])
# expect: i ['i', 's', 'p', 'm'] [('i', 4), ('s', 4), ('p', 2), ('m', 1)]
# expect: 4 dict_keys(['m', 'i', 's', 'p']) [('a', 1)]
# expect: {'a': 1, 'b': 2} {'a': 1} [1, 2] 1 Counter({'i': 4, 's': 4, 'p': 2, 'm': 1}) Counter({'i': 4, 's': 4, 'p': 2, 'm': 1}) defaultdict(<class 'int'>, {'a': 1})
# expect: Counter({'a': 3, 'b': 1})
# expect: deque(['b']) <method 'append' of 'collections.deque' objects> a deque(['b'])
# expect: Counter({'b': 2, 'a': 1, 'c': -1}) Counter({'b': 2, 'a': 1}) ('c', -1)
