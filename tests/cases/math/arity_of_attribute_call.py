# math.f(...) with the wrong number of arguments is found before the run too.
import math


def area(r):
    return math.pi * math.pow(r)


print(area(2))
# expect error: 6:22: pow expected 2 arguments, got 1
