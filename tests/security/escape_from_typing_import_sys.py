# from typing import sys works in CPython (typing imports sys); here only typing's own names exist, so the
# line raises ImportError when it runs.
from typing import sys
print(sys.modules)
# expect runtime error: ImportError: cannot import name 'sys' from 'typing' (unknown location)
# pith only: pith has no such module (or name) for a program to import; CPython imports it
