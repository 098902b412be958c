# from typing import sys works in CPython (typing imports sys); here it must not.
from typing import sys
print(sys.modules)
# expect error: 3:7: name 'sys' is not defined
