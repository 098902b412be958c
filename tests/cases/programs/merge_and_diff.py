# Compare two inventories: added, removed and changed keys.
old = {"a": 1, "b": 2, "c": 3}
new = {"b": 2, "c": 30, "d": 4}
added = []
removed = []
changed = []
for k in new:
    if k not in old:
        added.append(k)
    elif old[k] != new[k]:
        changed.append((k, old[k], new[k]))
for k in old:
    if k not in new:
        removed.append(k)
print("added", added)
print("removed", removed)
print("changed", changed)
merged = dict(old)
merged.update(new)
print(merged)
# expect: added ['d']
# expect: removed ['a']
# expect: changed [('c', 3, 30)]
# expect: {'a': 1, 'b': 2, 'c': 30, 'd': 4}
