# A value no member has raises CPython's ValueError.
from enum import Enum


class Color(Enum):
    RED = 1


print(Color(1))
Color(3)
# expect: Color.RED
# expect runtime error: ValueError: 3 is not a valid Color
