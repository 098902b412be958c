# Color(value) finds the member with that value, Color[name] the one with that name; both give the
# same object.
from enum import Enum


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"


print(Status("active"), Status["INACTIVE"], Status("active") is Status.ACTIVE, Status(Status.ACTIVE))
try:
    Status("gone")
except ValueError as e:
    print(e)
try:
    Status["GONE"]
except KeyError as e:
    print(repr(e))
print(getattr(Status, "ACTIVE"), Status.__members__["INACTIVE"])
# expect: Status.ACTIVE Status.INACTIVE True Status.ACTIVE
# expect: 'gone' is not a valid Status
# expect: KeyError('GONE')
# expect: Status.ACTIVE Status.INACTIVE
