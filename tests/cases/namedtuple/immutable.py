# Fields cannot be assigned, and instances take no new attributes.
from collections import namedtuple

P = namedtuple("P", "x y")
p = P(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    p.z = 5
except AttributeError as e:
    print(e)
try:
    p[0] = 5
except TypeError as e:
    print(e)
print(p)
# expect: can't set attribute
# expect: 'P' object has no attribute 'z'
# expect: 'P' object does not support item assignment
# expect: P(x=1, y=2)
