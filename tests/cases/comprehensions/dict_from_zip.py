# Building records from parallel lists with zip inside a dict comprehension.
keys = ["id", "name", "score"]
rows = [[1, "ann", 9.5], [2, "bob", 7.0]]
records = [{k: v for k, v in zip(keys, row)} for row in rows]
print(records)
print({r["name"]: r["score"] for r in records})
# expect: [{'id': 1, 'name': 'ann', 'score': 9.5}, {'id': 2, 'name': 'bob', 'score': 7.0}]
# expect: {'ann': 9.5, 'bob': 7.0}
