# A deque iterator survives a snapshot in the middle of a loop.
from collections import deque

q = deque(["a", "b", "c"])
for item in q:
    print(item, ask(item))
# host: ask -> "ok"
# expect: a ok
# expect: b ok
# expect: c ok
