# Objects and arrays, nested, in document order.
import json
v = json.loads('{"b": [1, {"c": null}], "a": {}, "z": [], "dup": 1, "dup": 2}')
print(v)
print(list(v))
print(json.loads(' [ 1 , [ 2 , [ ] ] , { } ] '))
# expect: {'b': [1, {'c': None}], 'a': {}, 'z': [], 'dup': 2}
# expect: ['b', 'a', 'z', 'dup']
# expect: [1, [2, []], {}]
