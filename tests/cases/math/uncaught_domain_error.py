# An uncaught math error ends the run with CPython's traceback line.
import math

print(math.sqrt(4))
print(math.sqrt(-4))
# expect: 2.0
# expect runtime error: ValueError: math domain error
