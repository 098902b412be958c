# A container inside itself: "Circular reference detected", for lists and dicts.
import json
a = [1]
a.append(a)
d = {}
d["self"] = [d]
for v in [a, d, {"x": a}]:
    try:
        json.dumps(v)
    except ValueError as e:
        print(e)
shared = [1, 2]
print(json.dumps([shared, shared, {"s": shared}]))
# expect: Circular reference detected
# expect: Circular reference detected
# expect: Circular reference detected
# expect: [[1, 2], [1, 2], {"s": [1, 2]}]
