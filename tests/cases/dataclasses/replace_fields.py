# replace() makes a new instance with some fields changed; init=False fields cannot be replaced.
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Task:
    title: str
    done: bool = False
    prio: int = 1


t = Task("write")
t2 = replace(t, done=True)
print(t, t2, t is t2, replace(t2, prio=3, title="read"))
try:
    replace(t, owner="me")
except TypeError as e:
    print(e)


@dataclass
class Counter:
    n: int
    hits: int = field(init=False, default=0)


try:
    replace(Counter(1), hits=2)
except ValueError as e:
    print(e)
print(replace(Counter(1), n=5))
# expect: Task(title='write', done=False, prio=1) Task(title='write', done=True, prio=1) False Task(title='read', done=True, prio=3)
# expect: Task.__init__() got an unexpected keyword argument 'owner'
# expect: field hits is declared with init=False, it cannot be specified with replace()
# expect: Counter(n=5, hits=0)
