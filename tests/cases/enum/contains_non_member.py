# `value in EnumClass` with a non-member is CPython 3.11's TypeError.
from enum import Enum


class Color(Enum):
    RED = 1


print(Color.RED in Color)
1 in Color
# expect: True
# expect runtime error: TypeError: unsupported operand type(s) for 'in': 'int' and 'EnumType'
