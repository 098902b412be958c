# Dataclasses holding enums, other dataclasses and Optional fields: reprs nest, and sorting by a field works.
import dataclasses
import enum
from dataclasses import dataclass, field
from typing import Optional, List


class Status(str, enum.Enum):
    PENDING = "pending"
    DONE = "done"


class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 3


@dataclass
class Task:
    title: str
    status: Status = Status.PENDING
    priority: Priority = Priority.LOW
    tags: List[str] = field(default_factory=list)
    parent: Optional["Task"] = None

    def __str__(self):
        return f"[{self.status.value}] {self.title} (p={self.priority.name})"


tasks = [Task("a", priority=Priority.HIGH), Task("b", Status.DONE, tags=["x"])]
tasks.append(Task("c", parent=tasks[0]))
for t in sorted(tasks, key=lambda t: t.priority, reverse=True):
    print(t)
print(repr(tasks[2]))
print(dataclasses.asdict(tasks[1]))
print([t.title for t in tasks if t.status == Status.DONE], dataclasses.replace(tasks[0], title="z").title)
# expect: [pending] a (p=HIGH)
# expect: [done] b (p=LOW)
# expect: [pending] c (p=LOW)
# expect: Task(title='c', status=<Status.PENDING: 'pending'>, priority=<Priority.LOW: 1>, tags=[], parent=Task(title='a', status=<Status.PENDING: 'pending'>, priority=<Priority.HIGH: 3>, tags=[], parent=None))
# expect: {'title': 'b', 'status': <Status.DONE: 'done'>, 'priority': <Priority.LOW: 1>, 'tags': ['x'], 'parent': None}
# expect: ['b'] z
