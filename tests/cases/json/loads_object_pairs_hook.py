# object_pairs_hook gets the pairs in order, duplicates kept; it wins over object_hook.
import json
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"x": {"y": 1}}', object_pairs_hook=lambda p: dict(p), object_hook=lambda d: "unused"))
print(json.loads('{}', object_pairs_hook=lambda p: ("empty", p)))
# expect: [('b', 1), ('a', 2), ('b', 3)]
# expect: {'x': {'y': 1}}
# expect: ('empty', [])
