# __post_init__ runs after the generated __init__ has set every field.
from dataclasses import dataclass, field


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError("negative size")
        self.area = self.w * self.h


print(Rect(2, 3), Rect(1.5, 2).area)
try:
    Rect(-1, 2)
except ValueError as e:
    print("error:", e)
# expect: Rect(w=2, h=3, area=6) 3.0
# expect: error: negative size
