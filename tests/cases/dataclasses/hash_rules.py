# eq=True without frozen makes instances unhashable; frozen or unsafe_hash makes them hash by fields;
# eq=False keeps object identity.
from dataclasses import dataclass


@dataclass
class A:
    x: int


@dataclass(frozen=True)
class B:
    x: int


@dataclass(unsafe_hash=True)
class C:
    x: int


@dataclass(eq=False)
class D:
    x: int


print(A.__hash__ is None, hash(B(1)) == hash(B(1)), hash(C(2)) == hash(C(2)))
print(len({B(1), B(1), B(2)}), len({C(1), C(1)}), D(1) == D(1), len({D(1), D(1)}))
try:
    {A(1)}
except TypeError as e:
    print(e)
# expect: True True True
# expect: 2 1 False 2
# expect: unhashable type: 'A'
