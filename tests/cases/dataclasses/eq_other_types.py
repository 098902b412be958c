# == with another class gives NotImplemented, so it falls back to identity: False, never an error.
from dataclasses import dataclass


@dataclass
class A:
    x: int


@dataclass
class B:
    x: int


print(A(1) == B(1), A(1) == 1, A(1) == (1,), A(1) != B(1), A(1) in [B(1), A(1)])
# expect: False False False True True
