# kw_only=True, field(kw_only=True) and a `_: KW_ONLY` annotation make keyword-only __init__ parameters,
# which come after the others and may have defaults in any order; slots=True limits the attributes.
from dataclasses import dataclass, field, KW_ONLY, fields
@dataclass(kw_only=True)
class A:
    x: int
    y: int = 0
    z: int
print(A(x=1, z=3))
try: A(1, 2, 3)
except TypeError as e: print(e)
try: A(x=1)
except TypeError as e: print(e)
@dataclass
class B:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(B(1, c=2), [f.name for f in fields(B)], B.__match_args__)
@dataclass
class C:
    a: int = 0
    b: int = field(kw_only=True)
print(C(b=3), C(5, b=1))
try: C(1, 2)
except TypeError as e: print(e)
@dataclass(slots=True, frozen=True)
class D:
    a: int
print(D(1), hash(D(1)) == hash(D(1)))
# expect: A(x=1, y=0, z=3)
# expect: A.__init__() takes 1 positional argument but 4 were given
# expect: A.__init__() missing 1 required keyword-only argument: 'z'
# expect: B(a=1, b=1, c=2) ['a', 'b', 'c'] ('a',)
# expect: C(a=0, b=3) C(a=5, b=1)
# expect: C.__init__() takes from 1 to 2 positional arguments but 3 were given
# expect: D(a=1) True
