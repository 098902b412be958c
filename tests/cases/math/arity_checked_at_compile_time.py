# A module function called with the wrong number of arguments is found before the run, in CPython's words.
from math import sqrt

print("start")
print(sqrt(1, 2))
# expect error: 5:7: math.sqrt() takes exactly one argument (2 given)
