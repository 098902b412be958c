# Calling the class checks arguments as CPython's generated __new__ does.
from collections import namedtuple

P = namedtuple("P", "x y", defaults=[0])
for call in (lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2)):
    try:
        call()
    except TypeError as e:
        print(e)
# expect: P.__new__() missing 1 required positional argument: 'x'
# expect: P.__new__() takes from 2 to 3 positional arguments but 4 were given
# expect: P.__new__() got an unexpected keyword argument 'z'
# expect: P.__new__() got multiple values for argument 'x'
