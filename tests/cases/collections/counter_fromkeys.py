# Counter.fromkeys is undefined, as in CPython.
from collections import Counter

Counter().fromkeys("abc")
# expect runtime error: NotImplementedError: Counter.fromkeys() is undefined.  Use Counter(iterable) instead.
