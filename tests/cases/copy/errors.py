# Argument errors of copy and deepcopy.
import copy

try:
    copy.copy()
except TypeError as e:
    print(e)
try:
    copy.deepcopy([], {}, [], 4)
except TypeError as e:
    print(e)
copy.copy(1, y=2)
# expect: copy() missing 1 required positional argument: 'x'
# expect: deepcopy() takes from 1 to 3 positional arguments but 4 were given
# expect runtime error: TypeError: copy() got an unexpected keyword argument 'y'
