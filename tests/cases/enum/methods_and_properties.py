# Enum classes may define methods, properties, classmethods and staticmethods.
from enum import Enum


class Planet(Enum):
    MERCURY = 1
    EARTH = 3

    @property
    def label(self):
        return self.name.title()

    def describe(self):
        return f"{self.label} is planet #{self.value}"

    @classmethod
    def first(cls):
        return list(cls)[0]

    @staticmethod
    def count():
        return 2

    def __str__(self):
        return self.label


print(Planet.EARTH.describe(), Planet.first(), Planet.count(), Planet.MERCURY, repr(Planet.EARTH))
# expect: Earth is planet #3 Mercury 2 Mercury <Planet.EARTH: 3>
