# Messages name itertools' types as CPython does.
from itertools import count, chain, repeat

for f in [lambda: len(count()), lambda: count()[0], lambda: chain()[1:], lambda: len(repeat(1, 3))]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
try:
    count().x
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(count(), object), callable(count), next(iter(count(4))))
# expect: TypeError: object of type 'itertools.count' has no len()
# expect: TypeError: 'itertools.count' object is not subscriptable
# expect: TypeError: 'itertools.chain' object is not subscriptable
# expect: TypeError: object of type 'itertools.repeat' has no len()
# expect: AttributeError: 'itertools.count' object has no attribute 'x'
# expect: True True 4
