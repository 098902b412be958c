# An IntEnum member works wherever an int does: indexing, range(), int(), float(), bool and arithmetic.
from enum import IntEnum


class Col(IntEnum):
    NAME = 0
    AGE = 1
    CITY = 2


row = ["ann", 31, "paris"]
print(row[Col.AGE], row[Col.NAME:Col.CITY], list(range(Col.CITY)), int(Col.CITY), float(Col.AGE))
print(bool(Col.NAME), bool(Col.AGE), -Col.CITY, Col.CITY ** 2, Col.AGE // 2, hex(Col.CITY))
print(max(Col), sum(Col), Col.AGE in (1, 2), "abc"[Col.CITY], (10, 20, 30)[Col.AGE])
# expect: 31 ['ann', 31] [0, 1] 2 1.0
# expect: False True -2 4 0 0x2
# expect: 2 3 True c 20
