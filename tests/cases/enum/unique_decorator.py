# @unique refuses aliases with CPython's message.
from enum import Enum, unique


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(e)
# expect: [<Fine.A: 1>, <Fine.B: 2>]
# expect: duplicate values found in <enum 'Dup'>: B -> A, D -> C
