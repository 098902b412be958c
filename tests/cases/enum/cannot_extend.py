# An enum with members cannot be subclassed; one without members can, and shares its methods.
from enum import Enum


class Base(Enum):
    def shout(self):
        return self.name.upper() + "!"


class Animal(Base):
    cat = 1
    dog = 2


print(Animal.cat.shout(), list(Animal))
try:
    class More(Animal):
        cow = 3
except TypeError as e:
    print(e)
# expect: CAT! [<Animal.cat: 1>, <Animal.dog: 2>]
# expect: <enum 'More'> cannot extend <enum 'Animal'>
