# namedtuple('P', 'x y'): fields by name and by index, CPython's repr.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, repr(p), str(p), p.x, p.y, p[0], p[1], Point._fields)
print(Point(x=3, y=4), Point(5, y=6), type(p).__name__, Point)
# expect: Point(x=1, y=2) Point(x=1, y=2) Point(x=1, y=2) 1 2 1 2 ('x', 'y')
# expect: Point(x=3, y=4) Point(x=5, y=6) Point <class '__main__.Point'>
