# from json import * binds dumps, loads and JSONDecodeError.
from json import *
print(dumps(loads("[1, 2]")))
try:
    loads("[")
except JSONDecodeError as e:
    print(e)
# expect: [1, 2]
# expect: Expecting value: line 1 column 2 (char 1)
