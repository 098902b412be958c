# Members compare by identity, hash like their names, and work as dict keys and set items.
from enum import Enum


class Level(Enum):
    LOW = 1
    HIGH = 2


class Other(Enum):
    LOW = 1


print(Level.LOW == Level.LOW, Level.LOW == 1, Level.LOW == Other.LOW, Level.LOW is Level(1))
print(hash(Level.LOW) == hash("LOW"), {Level.LOW: "l", Level.HIGH: "h"}[Level(2)], len({Level.LOW, Level(1)}))
try:
    Level.LOW < Level.HIGH
except TypeError as e:
    print(e)
print(isinstance(Level.LOW, Level), isinstance(Level.LOW, Other), bool(Level.LOW))
# expect: True False False True
# expect: True h 1
# expect: '<' not supported between instances of 'Level' and 'Level'
# expect: True False True
