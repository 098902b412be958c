# Arithmetic dunders, reflected operands and in-place operators.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

v = Vec(1, 2)
print(v + Vec(3, 4), v * 3, 3 * v, v - Vec(1, 1), -v)
v += Vec(1, 1)
print(v)
v *= 2
print(v)
try:
    v + 1
except TypeError as e:
    print(e)
try:
    1 + v
except TypeError as e:
    print(e)
# expect: Vec(4, 6) Vec(3, 6) Vec(3, 6) Vec(0, 1) Vec(-1, -2)
# expect: Vec(2, 3)
# expect: Vec(4, 6)
# expect: unsupported operand type(s) for +: 'Vec' and 'int'
# expect: unsupported operand type(s) for +: 'int' and 'Vec'
