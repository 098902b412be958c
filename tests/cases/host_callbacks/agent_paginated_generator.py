# An agent walks a paginated API through a generator and stops early; the tool's answers are replayed
# through snapshots at every call.
# host: list_items -> {"items": ["x", "y"], "next": 1}
def all_items(max_pages):
    page = 0
    while page is not None and page < max_pages:
        resp = list_items(page=page)
        yield from resp["items"]
        page = page + resp["next"]

def first_n(it, n):
    out = []
    for item in it:
        out.append(item)
        if len(out) == n:
            break
    return out

print(first_n(all_items(10), 3))
print(len(list(all_items(3))), sum(1 for _ in all_items(2)))
counts = {}
for item in all_items(4):
    counts[item] = counts.get(item, 0) + 1
print(counts)
# expect: ['x', 'y', 'x']
# expect: 6 4
# expect: {'x': 4, 'y': 4}
