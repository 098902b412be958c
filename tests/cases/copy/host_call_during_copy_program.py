# Copies made in a program that waits on the host survive the snapshots taken at each call.
import copy
from collections import deque

state = {"seen": deque([1], maxlen=3), "log": []}
snap = copy.deepcopy(state)
for i in range(3):
    state["log"].append(ask(i))
    state["seen"].append(i)
print(state, snap, copy.copy(state["seen"]))
# host: ask -> "done"
# expect: {'seen': deque([0, 1, 2], maxlen=3), 'log': ['done', 'done', 'done']} {'seen': deque([1], maxlen=3), 'log': []} deque([0, 1, 2], maxlen=3)
