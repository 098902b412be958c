# Counters compare count by count, a missing count being zero (Python 3.10+); with a dict they compare as dicts.
from collections import Counter

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=1) < Counter(a=1), Counter(a=2) > Counter(a=1))
print(Counter(a=1, b=0) == {"a": 1}, Counter(a=1) == {"a": 1})
print(Counter(a=1) >= Counter(), Counter(a=1, b=2) < Counter(a=2, b=3))
try:
    Counter(a=1) < {"a": 2}
except TypeError as e:
    print(e)
# expect: True True
# expect: True False True
# expect: False True
# expect: True True
# expect: '<' not supported between instances of 'Counter' and 'dict'
