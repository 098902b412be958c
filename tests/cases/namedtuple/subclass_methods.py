# A class deriving from a namedtuple adds methods and keeps the fields, repr and tuple behaviour.
from collections import namedtuple


class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2(), v[0], Vec(0, 1) == (0, 1), list(v))
# expect: Vec(x=4, y=6) 52 4 True [4, 6]
