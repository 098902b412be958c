# Tuples are written as lists, nested too.
import json
print(json.dumps((1, (2, 3), [4, (5,)])))
print(json.dumps({"t": ()}))
# expect: [1, [2, 3], [4, [5]]]
# expect: {"t": []}
