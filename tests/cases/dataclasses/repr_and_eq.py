# @dataclass writes __init__, __repr__ and __eq__ from the annotated fields, in order.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


p = Point(1, 2)
print(p)
print(repr(p), str(p), f"{p!r}")
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 3))
print(p.x + p.y, [Point(i, -i) for i in range(2)])
# expect: Point(x=1, y=2)
# expect: Point(x=1, y=2) Point(x=1, y=2) Point(x=1, y=2)
# expect: True False True
# expect: 3 [Point(x=0, y=0), Point(x=1, y=-1)]
