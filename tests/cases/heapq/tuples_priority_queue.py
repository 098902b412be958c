# A priority queue of (priority, order, task) tuples, as agents write it.
import heapq

tasks = []
for i, (prio, name) in enumerate([(3, "write"), (1, "fetch"), (2, "parse"), (1, "auth")]):
    heapq.heappush(tasks, (prio, i, name))
while tasks:
    prio, _, name = heapq.heappop(tasks)
    print(prio, name)
# expect: 1 fetch
# expect: 1 auth
# expect: 2 parse
# expect: 3 write
