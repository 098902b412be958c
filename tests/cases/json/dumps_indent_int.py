# indent as an int: newlines and that many spaces per level; empty containers stay short.
import json
data = {"name": "x", "tags": ["a", "b"], "empty": [], "none": {}, "nested": {"k": [1, {"d": None}]}}
print(json.dumps(data, indent=4))
print(json.dumps([], indent=2))
print(json.dumps({}, indent=2))
print(json.dumps(5, indent=2))
# expect: {
# expect:     "name": "x",
# expect:     "tags": [
# expect:         "a",
# expect:         "b"
# expect:     ],
# expect:     "empty": [],
# expect:     "none": {},
# expect:     "nested": {
# expect:         "k": [
# expect:             1,
# expect:             {
# expect:                 "d": null
# expect:             }
# expect:         ]
# expect:     }
# expect: }
# expect: []
# expect: {}
# expect: 5
