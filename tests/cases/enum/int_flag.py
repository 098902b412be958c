# IntFlag members are ints too: str() and format() give the number.
from enum import IntFlag


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


m = Mode.READ | Mode.WRITE
print(m, repr(m), Mode.READ, repr(Mode.EXEC), m == 6, m & 4, Mode.READ + 1, Mode.WRITE in m, int(m))
# expect: 6 <Mode.READ|WRITE: 6> 4 <Mode.EXEC: 1> True 4 5 True 6
