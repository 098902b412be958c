# A repr of counts that cannot be ordered falls back to insertion order; empty counters; nested.
from collections import Counter

c = Counter()
c["a"] = "x"
c["b"] = 2
print(c)
print(Counter(), [Counter("aa")], {"k": Counter(b=1)})
# expect: Counter({'a': 'x', 'b': 2})
# expect: Counter() [Counter({'a': 2})] {'k': Counter({'b': 1})}
