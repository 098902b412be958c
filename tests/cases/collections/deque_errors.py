# CPython's messages for deque misuse.
from collections import deque

d = deque([1, 2])
for f in (lambda: deque().pop(), lambda: deque().popleft(), lambda: d[5], lambda: d.index(9),
          lambda: d.remove(9), lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque(maxlen=-1),
          lambda: d + [3], lambda: d["x"]):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
# expect: IndexError pop from an empty deque
# expect: IndexError pop from an empty deque
# expect: IndexError deque index out of range
# expect: ValueError 9 is not in deque
# expect: ValueError 9 is not in deque
# expect: IndexError deque already at its maximum size
# expect: ValueError maxlen must be non-negative
# expect: TypeError can only concatenate deque (not "list") to deque
# expect: TypeError sequence index must be integer, not 'str'
