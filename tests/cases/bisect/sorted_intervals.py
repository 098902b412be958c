# Looking up timestamps in sorted breakpoints, and keeping a sorted list of records by key.
from bisect import bisect_left, insort

times = [0, 60, 120, 300]
labels = ["boot", "warm", "steady", "late"]
for t in (0, 59, 60, 200, 1000):
    print(t, labels[max(0, bisect_left(times, t + 1) - 1)])
rows = []
for rec in [{"t": 5}, {"t": 1}, {"t": 3}, {"t": 3, "dup": True}]:
    insort(rows, rec, key=lambda r: r["t"])
print(rows)
# expect: 0 boot
# expect: 59 boot
# expect: 60 warm
# expect: 200 steady
# expect: 1000 late
# expect: [{'t': 1}, {'t': 3}, {'t': 3, 'dup': True}, {'t': 5}]
