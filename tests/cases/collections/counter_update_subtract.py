# update adds counts (from an iterable, a mapping, keywords); subtract may go to zero or below.
from collections import Counter

c = Counter("aab")
c.update("abc")
print(c)
c.update({"a": 10, "z": 1})
print(c)
c.update(z=2)
print(c)
c.subtract("aaaz")
print(c)
c.subtract({"b": 5}, c=1)
print(c)
print(c.total(), sum(c.values()))
# expect: Counter({'a': 3, 'b': 2, 'c': 1})
# expect: Counter({'a': 13, 'b': 2, 'c': 1, 'z': 1})
# expect: Counter({'a': 13, 'z': 3, 'b': 2, 'c': 1})
# expect: Counter({'a': 10, 'b': 2, 'z': 2, 'c': 1})
# expect: Counter({'a': 10, 'z': 2, 'c': 0, 'b': -3})
# expect: 9 9
