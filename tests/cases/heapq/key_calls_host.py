# nlargest/nsmallest whose key calls the host: the key runs as a frame, so each host call can be snapshotted.
import heapq


def score(row):
    return row["base"] + lookup(row["name"])


rows = [{"name": "a", "base": 1}, {"name": "b", "base": 5}, {"name": "c", "base": 3}]
print([r["name"] for r in heapq.nlargest(2, rows, key=score)])
print([r["name"] for r in heapq.nsmallest(1, rows, key=score)])
print(heapq.nlargest(2, (lookup(i) + i for i in range(4))))
# host: lookup -> 10
# expect: ['b', 'c']
# expect: ['a']
# expect: [13, 12]
