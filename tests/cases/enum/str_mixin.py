# `class Color(str, Enum)`: members compare equal to their str value, but str() is Color.RED in 3.11.
from enum import Enum


class Color(str, Enum):
    RED = "red"
    GREEN = "green"


print(Color.RED, repr(Color.RED), Color.RED == "red", Color.RED.value, Color("green"), Color.GREEN.upper())
print(f"{Color.RED}", {"red": 1}[Color.RED], isinstance(Color.RED, str))
# expect: Color.RED <Color.RED: 'red'> True red Color.GREEN GREEN
# expect: Color.RED 1 True
