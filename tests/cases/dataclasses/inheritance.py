# A dataclass deriving from a dataclass has the base's fields first; redefining one keeps its place.
from dataclasses import dataclass, fields


@dataclass
class Base:
    id: int
    name: str = "?"


@dataclass
class Child(Base):
    extra: list = None
    name: str = "child"


c = Child(1)
print(c, [f.name for f in fields(c)])
print(Child(2, "x", [1]), isinstance(c, Base), c == Child(1))


class Plain(Child):
    def describe(self):
        return f"{self.name}#{self.id}"


print(Plain(7), Plain(7).describe())
# expect: Child(id=1, name='child', extra=None) ['id', 'name', 'extra']
# expect: Child(id=2, name='x', extra=[1]) True True
# expect: Plain(id=7, name='child', extra=None) child#7
