# Breadth-first search over a small graph with a deque as the queue.
from collections import deque

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
seen = {"a": 0}
queue = deque(["a"])
while queue:
    node = queue.popleft()
    for nxt in graph[node]:
        if nxt not in seen:
            seen[nxt] = seen[node] + 1
            queue.append(nxt)
print(seen)
window = deque(maxlen=3)
avgs = []
for x in [3, 5, 7, 9, 11]:
    window.append(x)
    avgs.append(sum(window) / len(window))
print(avgs)
# expect: {'a': 0, 'b': 1, 'c': 1, 'd': 2, 'e': 2, 'f': 3}
# expect: [3.0, 4.0, 5.0, 7.0, 9.0]
