# Members cannot be reassigned on the class, and their name and value cannot be set.
from enum import Enum


class Color(Enum):
    RED = 1


try:
    Color.RED = 2
except AttributeError as e:
    print(e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print(e)
Color.RED.note = "ok"
print(Color.RED.note, Color.RED)
# expect: cannot reassign member 'RED'
# expect: <enum 'Enum'> cannot set attribute 'value'
# expect: ok Color.RED
