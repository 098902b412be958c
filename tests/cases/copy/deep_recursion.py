# Very deep nesting hits the recursion limit, as in CPython.
import copy

x = []
for _ in range(5000):
    x = [x]
try:
    copy.deepcopy(x)
except RecursionError:
    print("RecursionError")
# expect: RecursionError
