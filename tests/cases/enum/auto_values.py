# auto() numbers members from 1, continuing after an explicit int value.
from enum import Enum, auto


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Step), [s.value for s in Step])
# expect: [<Step.FIRST: 1>, <Step.SECOND: 2>, <Step.TENTH: 10>, <Step.ELEVENTH: 11>] [1, 2, 10, 11]
