# skipkeys=True drops the keys that cannot be written, and their separators.
import json
d = {(1,): "skip", "a": 1, (2,): "skip", "b": 2}
print(json.dumps(d, skipkeys=True))
print(json.dumps(d, skipkeys=True, indent=2))
print(json.dumps({(1,): 1}, skipkeys=True))
print(json.dumps({(1,): 1}, skipkeys=True, indent=2))
# expect: {"a": 1, "b": 2}
# expect: {
# expect:   "a": 1,
# expect:   "b": 2
# expect: }
# expect: {}
# expect: {
# expect:   
# expect: }
