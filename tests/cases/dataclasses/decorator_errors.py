# The decorator's own checks: order needs eq, frozen and non-frozen dataclasses do not mix in a hierarchy,
# a field() needs an annotation, and a class body's ordering method cannot be overwritten.
from dataclasses import dataclass, field

try:
    @dataclass(order=True, eq=False)
    class A:
        x: int
except ValueError as e:
    print(e)


@dataclass
class Base:
    x: int


try:
    @dataclass(frozen=True)
    class Child(Base):
        y: int = 0
except TypeError as e:
    print(e)
try:
    @dataclass
    class NoAnn:
        x = field(default=1)
except TypeError as e:
    print(e)
try:
    @dataclass(order=True)
    class Ord:
        x: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(e)
# expect: eq must be true if order is true
# expect: cannot inherit frozen dataclass from a non-frozen one
# expect: 'x' is a field but has no type annotation
# expect: Cannot overwrite attribute __lt__ in class Ord. Consider using functools.total_ordering
