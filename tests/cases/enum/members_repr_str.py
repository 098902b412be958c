# Members print as CPython 3.11 prints them: repr <Color.RED: 1>, str and format Color.RED.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = "blue"


print(Color.RED, repr(Color.GREEN), repr(Color.BLUE), f"{Color.RED}", "{}".format(Color.GREEN))
print(Color.RED.name, Color.RED.value, Color.BLUE.value, type(Color.RED), Color)
print(f"{Color.RED:>12}|", format(Color.GREEN, "<10") + "|")
# expect: Color.RED <Color.GREEN: 2> <Color.BLUE: 'blue'> Color.RED Color.GREEN
# expect: RED 1 blue <enum 'Color'> <enum 'Color'>
# expect:    Color.RED| Color.GREEN|
