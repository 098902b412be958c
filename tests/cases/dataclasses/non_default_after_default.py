# A field without a default after one with a default cannot be an __init__ parameter.
from dataclasses import dataclass


@dataclass
class Bad:
    a: int = 1
    b: int
# expect runtime error: TypeError: non-default argument 'b' follows default argument
