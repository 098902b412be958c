# elements repeats each key by its count, skipping counts below one, in insertion order.
from collections import Counter

c = Counter(a=2, b=0, c=-1, d=3)
print(list(c.elements()))
print(sorted(Counter("banana").elements()))
try:
    Counter(a=1.5).elements()
    list(Counter(a=1.5).elements())
except TypeError as e:
    print("TypeError", e)
# expect: ['a', 'a', 'd', 'd', 'd']
# expect: ['a', 'a', 'a', 'b', 'n', 'n']
# expect: TypeError 'float' object cannot be interpreted as an integer
