# Members are value patterns in match statements.
from enum import Enum, auto


class Cmd(Enum):
    START = auto()
    STOP = auto()
    PAUSE = auto()


def run(c):
    match c:
        case Cmd.START:
            return "go"
        case Cmd.STOP | Cmd.PAUSE:
            return "halt"


print([run(c) for c in Cmd])
# expect: ['go', 'halt', 'halt']
