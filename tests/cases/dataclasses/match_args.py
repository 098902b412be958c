# A dataclass sets __match_args__, so class patterns can match positionally.
from dataclasses import dataclass


@dataclass
class Move:
    dx: int
    dy: int = 0


def describe(m):
    match m:
        case Move(0, 0):
            return "stay"
        case Move(dx, 0):
            return f"horizontal {dx}"
        case Move(dx=0, dy=dy):
            return f"vertical {dy}"
        case _:
            return "diagonal"


print([describe(m) for m in (Move(0), Move(3), Move(0, -2), Move(1, 1))], Move.__match_args__)
# expect: ['stay', 'horizontal 3', 'vertical -2', 'diagonal'] ('dx', 'dy')
