# IntEnum members are ints: arithmetic, comparison with ints, hashing and str() are the int's.
from enum import IntEnum


class Priority(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


print(Priority.LOW, repr(Priority.MID), str(Priority.HIGH), f"{Priority.MID}", format(Priority.HIGH, "03d"))
print(Priority.LOW + 1, Priority.HIGH * 2, Priority.MID == 5, Priority.LOW < Priority.HIGH, Priority.HIGH > 7)
print(isinstance(Priority.LOW, int), {1: "one"}[Priority.LOW], sorted([Priority.HIGH, 3, Priority.LOW]))
print(Priority(5), Priority(10) is Priority.HIGH, int(Priority.MID), [1, 2, 3, 4, 5, 6][Priority.LOW])
# expect: 1 <Priority.MID: 5> 10 5 010
# expect: 2 20 True True True
# expect: True one [<Priority.LOW: 1>, 3, <Priority.HIGH: 10>]
# expect: 5 True 5 2
