# Enum members held across host calls survive the snapshot taken at each call, and stay the same objects.
# host: get_status -> "done"
from enum import Enum, IntEnum


class State(Enum):
    PENDING = "pending"
    DONE = "done"


class Prio(IntEnum):
    LOW = 1
    HIGH = 2


jobs = {"a": State.PENDING, "b": State.PENDING}
prio = [Prio.HIGH, Prio.LOW]
for name in jobs:
    jobs[name] = State(get_status(name))
print(jobs, jobs["a"] is State.DONE, sorted(prio), prio[0] + 1, list(State))
# expect: {'a': <State.DONE: 'done'>, 'b': <State.DONE: 'done'>} True [<Prio.LOW: 1>, <Prio.HIGH: 2>] 3 [<State.PENDING: 'pending'>, <State.DONE: 'done'>]
