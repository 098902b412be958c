# An uncaught FrozenInstanceError is named with its module in the traceback.
from dataclasses import dataclass


@dataclass(frozen=True)
class P:
    x: int


p = P(1)
print(p)
p.x = 2
# expect: P(x=1)
# expect runtime error: dataclasses.FrozenInstanceError: cannot assign to field 'x'
