# typing.NamedTuple with class syntax: annotated fields, defaults, methods, and tuple behaviour.
from typing import NamedTuple


class Employee(NamedTuple):
    name: str
    id: int = 3
    tags: tuple = ()

    def badge(self):
        return f"{self.name}-{self.id}"

    @property
    def upper(self):
        return self.name.upper()


e = Employee("guido")
print(e, e.badge(), e.upper, e[0], len(e), Employee._fields, Employee._field_defaults)
print(Employee("x", 9, ("a",)), e._replace(id=4), e._asdict(), isinstance(e, tuple))
name, ident, tags = e
print(name, ident, tags, e == ("guido", 3, ()))
# expect: Employee(name='guido', id=3, tags=()) guido-3 GUIDO guido 3 ('name', 'id', 'tags') {'id': 3, 'tags': ()}
# expect: Employee(name='x', id=9, tags=('a',)) Employee(name='guido', id=4, tags=()) {'name': 'guido', 'id': 3, 'tags': ()} True
# expect: guido 3 () True
