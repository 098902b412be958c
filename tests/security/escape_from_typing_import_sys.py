# from typing import sys works in CPython (typing imports sys); here only typing's own names exist.
from typing import sys
print(sys.modules)
# expect error: 2:20: cannot import name 'sys' from 'typing'
