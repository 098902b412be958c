# __members__ maps every name, aliases included, to its member.
from enum import Enum


class Size(Enum):
    S = 1
    M = 2
    SMALL = 1


for name, member in Size.__members__.items():
    print(name, member)
print(Size.__members__, "M" in Size.__members__, len(Size.__members__))
# expect: S Size.S
# expect: M Size.M
# expect: SMALL Size.S
# expect: {'S': <Size.S: 1>, 'M': <Size.M: 2>, 'SMALL': <Size.S: 1>} True 3
