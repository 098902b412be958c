# typing.NamedTuple's own checks: missing arguments, and a field without default after one with a default.
from typing import NamedTuple


class P(NamedTuple):
    x: int
    y: int


try:
    P(1)
except TypeError as e:
    print(e)
try:
    class Q(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
# expect: P.__new__() missing 1 required positional argument: 'y'
# expect: Non-default namedtuple field b cannot follow default field a
