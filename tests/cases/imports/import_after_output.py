# Statements before a failed import run first, as in CPython.
total = 0
for i in range(3):
    total += i
print(total)
from pith_missing_tools import helper
# expect: 3
# expect runtime error: ModuleNotFoundError: No module named 'pith_missing_tools'
