# Every kind of typing import pith accepts: aliases, parentheses, a star, names only used in annotations.
from typing import (Iterable, Iterator as It, Mapping, Sequence, TypeVar, Generic, Protocol,
                    Literal, Final, TYPE_CHECKING, cast, overload)
from typing import *
import typing as t

def total(xs: Iterable[int], m: Mapping[str, Sequence[int]]) -> int:
    n: Final = 0
    for k in m:
        n += len(m[k])
    return sum(xs) + n

def first(it: It[str]) -> Literal["a", "b"]:
    return next(it)

print(total([1, 2, 3], {"a": [1, 2], "b": []}))
print(first(iter(["a", "b"])))
# expect: 8
# expect: a
