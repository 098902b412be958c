# from math import a name math does not have: CPython's ImportError words, at compile time here.
from math import sqrt, cube_root
# expect error: 2:24: cannot import name 'cube_root' from 'math'
