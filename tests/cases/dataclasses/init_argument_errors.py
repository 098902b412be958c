# The generated __init__ reports argument errors as a Python function named Class.__init__.
from dataclasses import dataclass


@dataclass
class Pair:
    left: int
    right: int = 0


for call in (lambda: Pair(), lambda: Pair(1, 2, 3), lambda: Pair(1, left=2), lambda: Pair(1, up=2)):
    try:
        call()
    except TypeError as e:
        print(e)
# expect: Pair.__init__() missing 1 required positional argument: 'left'
# expect: Pair.__init__() takes from 2 to 3 positional arguments but 4 were given
# expect: Pair.__init__() got multiple values for argument 'left'
# expect: Pair.__init__() got an unexpected keyword argument 'up'
