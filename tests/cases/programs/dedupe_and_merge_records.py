# Merge records by id with ** unpacking, later fields winning, and report changed keys.
old = [{"id": 1, "name": "a", "tags": ["x"]}, {"id": 2, "name": "b"}]
new = [{"id": 2, "name": "B", "age": 5}, {"id": 3, "name": "c"}]
merged = {r["id"]: r for r in old}
for r in new:
    before = merged.get(r["id"], {})
    merged[r["id"]] = {**before, **r}
    changed = sorted(k for k in r if before.get(k) != r[k])
    print(r["id"], changed)
print([merged[k] for k in sorted(merged)])
# expect: 2 ['age', 'name']
# expect: 3 ['id', 'name']
# expect: [{'id': 1, 'name': 'a', 'tags': ['x']}, {'id': 2, 'name': 'B', 'age': 5}, {'id': 3, 'name': 'c'}]
