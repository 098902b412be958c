# object_hook replaces every object, innermost first.
import json
seen = []
def hook(d):
    seen.append(sorted(d))
    return tuple(sorted(d.items()))
print(json.loads('{"b": {"y": 1, "x": 2}, "a": [{"k": 0}]}', object_hook=hook))
print(seen)
# expect: (('a', [(('k', 0),)]), ('b', (('x', 2), ('y', 1))))
# expect: [['x', 'y'], ['k'], ['a', 'b']]
