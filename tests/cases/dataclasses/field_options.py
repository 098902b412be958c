# field(repr=False) hides a field from the repr, compare=False leaves it out of ==, init=False out of
# __init__ (its default or factory still sets it).
from dataclasses import dataclass, field


@dataclass
class User:
    name: str
    password: str = field(repr=False, default="")
    visits: int = field(compare=False, default=0)
    log: list = field(init=False, default_factory=list)
    kind: str = field(init=False, default="user")


u = User("ann", "secret", 3)
print(u, u.password, u.log, u.kind)
print(u == User("ann", "secret", 99), u == User("ann", "other"))
try:
    User("bob", "pw", 1, [])
except TypeError as e:
    print(e)
# expect: User(name='ann', visits=3, log=[], kind='user') secret [] user
# expect: True False
# expect: User.__init__() takes from 2 to 4 positional arguments but 5 were given
