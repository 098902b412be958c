# In-place operators change the counter itself and drop counts that are not positive.
from collections import Counter

c = Counter(a=3, b=1)
alias = c
c += Counter(b=2, z=-1)
print(c, alias is c)
c -= Counter(a=5)
print(c)
c |= Counter(b=10, q=1)
print(c)
c &= Counter(b=4, q=7)
print(c)
# expect: Counter({'a': 3, 'b': 3}) True
# expect: Counter({'b': 3})
# expect: Counter({'b': 10, 'q': 1})
# expect: Counter({'b': 4, 'q': 1})
