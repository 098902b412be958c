# copy.deepcopy: nested containers copied all the way down.
import copy

a = {"users": [{"name": "ann", "tags": ["x"]}], "meta": (1, [2]), "ids": {3, 4}}
b = copy.deepcopy(a)
print(b == a, b is a, b["users"][0] is a["users"][0], b["meta"] is a["meta"], b["meta"][1] is a["meta"][1])
b["users"][0]["tags"].append("y")
print(a["users"], b["users"])
t = (1, "two", (3.0,))
print(copy.deepcopy(t) is t, copy.deepcopy([t])[0] is t)
# expect: True False False False False
# expect: [{'name': 'ann', 'tags': ['x']}] [{'name': 'ann', 'tags': ['x', 'y']}]
# expect: True True
