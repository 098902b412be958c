# Properties are inherited and can be overridden; property() can be called directly.
class Shape:
    @property
    def name(self):
        return type(self).__name__.lower()

    def _get_sides(self):
        return 0

    sides = property(_get_sides)

class Square(Shape):
    def _get_sides(self):
        return 4

    sides = property(_get_sides)

print(Shape().name, Square().name, Shape().sides, Square().sides, isinstance(Shape.sides, property))
# expect: shape square 0 4 True
