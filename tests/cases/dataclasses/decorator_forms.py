# @dataclass, @dataclass() and @dataclass(...) with options all work; repr=False keeps object's repr.
from dataclasses import dataclass


@dataclass()
class A:
    x: int = 1


@dataclass(repr=False, eq=False)
class B:
    x: int = 2


@dataclass(init=False)
class C:
    x: int = 3


print(A(), A(5))
print(repr(B()).startswith("<__main__.B object at"), B() == B())
c = C()
print(c, c.x)
# expect: A(x=1) A(x=5)
# expect: True False
# expect: C(x=3) 3
