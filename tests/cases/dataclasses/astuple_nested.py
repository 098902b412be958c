# astuple gives the field values as a tuple, converting nested dataclasses too.
from dataclasses import dataclass, astuple


@dataclass
class P:
    x: int
    y: int


@dataclass
class Line:
    a: P
    b: P
    tags: list


print(astuple(P(1, 2)), astuple(Line(P(0, 0), P(3, 4), ["t", P(5, 6)])))
try:
    astuple(3)
except TypeError as e:
    print(e)
# expect: (1, 2) ((0, 0), (3, 4), ['t', (5, 6)])
# expect: astuple() should be called on dataclass instances
