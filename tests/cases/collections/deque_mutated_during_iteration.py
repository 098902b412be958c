# Changing a deque's size while iterating over it is a RuntimeError.
from collections import deque

d = deque([1, 2, 3])
for x in d:
    print(x)
    d.append(x)
# expect: 1
# expect runtime error: RuntimeError: deque mutated during iteration
