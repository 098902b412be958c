# sort_keys sorts the items, nested dicts too; mixed key types cannot be sorted.
import json
print(json.dumps({"b": 1, "a": {"z": 1, "y": 2}, "c": [{"q": 1, "p": 2}]}, sort_keys=True))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print(e)
# expect: {"a": {"y": 2, "z": 1}, "b": 1, "c": [{"p": 2, "q": 1}]}
# expect: {"1": "a", "2": "b", "3": "c"}
# expect: '<' not supported between instances of 'str' and 'int'
