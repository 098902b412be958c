# default_factory can be assigned after the defaultdict is made, None included.
from collections import defaultdict
d = defaultdict()
d.default_factory = list
d["a"].append(1)
print(d)
d.default_factory = None
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)
x = {}
try:
    x.default_factory = 1
except AttributeError as e:
    print(e)
# expect: defaultdict(<class 'list'>, {'a': [1]})
# expect: KeyError 'b'
# expect: 'dict' object has no attribute 'default_factory'
