# A dict that contains itself prints {...} for the inner reference.
# limit: --max-time 2
# expect: {'name': 'root', 'self': {...}}
# expect: {'name': 'root', 'self': {...}}
d = {"name": "root"}
d["self"] = d
print(d)
print(str(d))
