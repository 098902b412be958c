# Namedtuples match class patterns (positional through __match_args__) and sequence patterns.
from collections import namedtuple
from typing import NamedTuple

P = namedtuple("P", "x y")


class Q(NamedTuple):
    a: int
    b: int


def f(v):
    match v:
        case P(0, y):
            return f"P on axis {y}"
        case Q(a=1, b=b):
            return f"Q one {b}"
        case (a, b):
            return f"pair {a} {b}"


print(f(P(0, 5)), f(Q(1, 2)), f(P(3, 4)), f(Q(7, 8)))
# expect: P on axis 5 Q one 2 pair 3 4 pair 7 8
