# Flatten nested tag lists and dedupe while keeping first-seen order.
batches = [["x", "y"], [], ["y", "z", "x"], ["w"]]
seen = {}
order = []
for batch in batches:
    for tag in batch:
        if tag not in seen:
            seen[tag] = True
            order.append(tag)
print(order, len(order))
def flatten(xs, out):
    for x in xs:
        if isinstance(x, list):
            flatten(x, out)
        else:
            out.append(x)
    return out
print(flatten([1, [2, [3, [4]], 5], [[6]]], []))
# expect: ['x', 'y', 'z', 'w'] 4
# expect: [1, 2, 3, 4, 5, 6]
