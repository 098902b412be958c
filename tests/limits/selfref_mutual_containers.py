# Two lists that contain each other, and a dict inside a list inside the dict.
# limit: --max-time 2
# expect: [[[...]]] [[[...]]]
# expect: {'items': [{...}]}
a = []
b = [a]
a.append(b)
print(a, b)
d = {"items": []}
d["items"].append(d)
print(d)
