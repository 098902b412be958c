# A member's tuple value is passed to __init__ as its items.
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def density_hint(self):
        return self.mass / self.radius ** 3


print(Planet.EARTH.mass, Planet.MERCURY.radius, Planet.EARTH.value, Planet.EARTH.density_hint > 1e4)
print(Planet((5.976e24, 6.37814e6)))
# expect: 5.976e+24 2439700.0 (5.976e+24, 6378140.0) True
# expect: Planet.EARTH
