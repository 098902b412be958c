# Reshaping a nested tool result: dict of lists of dicts.
resp = {"items": [{"id": 1, "tags": ["x", "y"]}, {"id": 2, "tags": []}, {"id": 3, "tags": ["y"]}], "next": None}
by_tag = {}
for item in resp["items"]:
    for t in item["tags"]:
        if t not in by_tag:
            by_tag[t] = []
        by_tag[t].append(item["id"])
print(by_tag)
print(resp["items"][0]["tags"][-1], resp["next"] is None, len(resp["items"]))
# expect: {'x': [1], 'y': [1, 3]}
# expect: y True 3
