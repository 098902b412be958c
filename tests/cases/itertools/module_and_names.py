# itertools as a module value and by name: attributes, an unknown name's AttributeError, chain.from_iterable.
import itertools as it
from itertools import chain as ch

m = it
print(list(m.islice(m.count(), 3)), list(ch.from_iterable(["ab", "c"])), ch == it.chain)
print(it.__name__, repr(it))
try:
    it.batched
except AttributeError as e:
    print("AttributeError:", e)
try:
    it.chain.flatten
except AttributeError as e:
    print("AttributeError:", e)
# expect: [0, 1, 2] ['a', 'b', 'c'] True
# expect: itertools <module 'itertools' (built-in)>
# expect: AttributeError: module 'itertools' has no attribute 'batched'
# expect: AttributeError: type object 'itertools.chain' has no attribute 'flatten'
