# lambda as sort key on records, multi-key with a tuple.
rows = [("bob", 3), ("amy", 5), ("cat", 3), ("dan", 1)]
print(sorted(rows, key=lambda r: r[1]))
print(sorted(rows, key=lambda r: (-r[1], r[0])))
rows.sort(key=lambda r: r[0], reverse=True)
print(rows)
# expect: [('dan', 1), ('bob', 3), ('cat', 3), ('amy', 5)]
# expect: [('amy', 5), ('bob', 3), ('cat', 3), ('dan', 1)]
# expect: [('dan', 1), ('cat', 3), ('bob', 3), ('amy', 5)]
