# slots=True: instances hold only their fields, so assigning another attribute is an AttributeError.
from dataclasses import dataclass


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0


p = Point(1)
p.y = 5
print(p)
try:
    p.z = 3
except AttributeError as e:
    print(e)
# expect: Point(x=1, y=5)
# expect: 'Point' object has no attribute 'z'
