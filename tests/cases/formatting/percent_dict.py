# %-formatting with a mapping.
row = {"name": "bo", "score": 9.5}
print("%(name)s scored %(score).1f" % row)
# expect: bo scored 9.5
