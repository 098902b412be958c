# `from math import *` binds names only at module level, as in CPython.
def f():
    from math import *

    return sqrt(4)


print(f())
# expect error: 3:5: import * only allowed at module level
