# An IntEnum member beside an object of a class without the operator: the error names both classes.
from enum import IntEnum
class P(IntEnum):
    A = 1
class O: pass
try: O() + P.A
except TypeError as e: print(e)
try: O() < P.A
except TypeError as e: print(e)
print(P.A + 1, 1 + P.A, P.A == 1, O() == P.A)
# expect: unsupported operand type(s) for +: 'O' and 'P'
# expect: '<' not supported between instances of 'O' and 'P'
# expect: 2 2 True False
