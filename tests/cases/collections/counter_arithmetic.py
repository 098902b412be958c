# + - & | keep only positive counts; unary + and - select the positive and the negated negative ones.
from collections import Counter

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a + b)
print(a - b)
print(b - a)
print(a & b)
print(a | b)
print(+a, -a)
print(Counter() + Counter(), Counter(x=1) - Counter(x=1))
# expect: Counter({'a': 4, 'e': 4, 'b': 3})
# expect: Counter({'a': 2})
# expect: Counter({'e': 4, 'd': 2, 'b': 1})
# expect: Counter({'a': 1, 'b': 1})
# expect: Counter({'e': 4, 'a': 3, 'b': 2})
# expect: Counter({'a': 3, 'b': 1}) Counter({'d': 2})
# expect: Counter() Counter()
