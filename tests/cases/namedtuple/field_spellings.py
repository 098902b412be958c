# Field names may be one string (spaces or commas) or a list of strings.
from collections import namedtuple

A = namedtuple("A", "a, b,c")
B = namedtuple("B", ["left", "right"])
C = namedtuple("C", ("only",))
print(A._fields, A(1, 2, 3), B("l", "r"), C(0), C._fields)
# expect: ('a', 'b', 'c') A(a=1, b=2, c=3) B(left='l', right='r') C(only=0) ('only',)
