# OrderedDict.fromkeys deduplicates in order; defaultdict.fromkeys has no factory; Counter.fromkeys is undefined.
from collections import Counter, OrderedDict, defaultdict

items = ["b", "a", "b", "c", "a"]
print(list(OrderedDict.fromkeys(items)), OrderedDict.fromkeys("xy", 0))
print(defaultdict.fromkeys("ab"), OrderedDict().fromkeys([1]))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print(e)
# expect: ['b', 'a', 'c'] OrderedDict([('x', 0), ('y', 0)])
# expect: defaultdict(None, {'a': None, 'b': None}) OrderedDict([(1, None)])
# expect: Counter.fromkeys() is undefined.  Use Counter(iterable) instead.
