# json.dumps(default=f) where f calls a host function: in a program that waits on the host, dumps runs as a
# native frame, so each default() call may suspend the run (and be replayed through a snapshot).
# host: describe -> {"kind": "tool", "id": 7}
import json

class Tool:
    def __init__(self, name):
        self.name = name

def encode(o):
    info = describe(o.name)
    return {"tool": o.name, "kind": info["kind"], "id": info["id"]}

data = {"first": Tool("grep"), "list": [1, Tool("sed"), {"deep": [Tool("awk")]}], "n": 2.5}
print(json.dumps(data, default=encode))
print(json.dumps(data, default=encode, indent=1, sort_keys=True))
# expect: {"first": {"tool": "grep", "kind": "tool", "id": 7}, "list": [1, {"tool": "sed", "kind": "tool", "id": 7}, {"deep": [{"tool": "awk", "kind": "tool", "id": 7}]}], "n": 2.5}
# expect: {
# expect:  "first": {
# expect:   "id": 7,
# expect:   "kind": "tool",
# expect:   "tool": "grep"
# expect:  },
# expect:  "list": [
# expect:   1,
# expect:   {
# expect:    "id": 7,
# expect:    "kind": "tool",
# expect:    "tool": "sed"
# expect:   },
# expect:   {
# expect:    "deep": [
# expect:     {
# expect:      "id": 7,
# expect:      "kind": "tool",
# expect:      "tool": "awk"
# expect:     }
# expect:    ]
# expect:   }
# expect:  ],
# expect:  "n": 2.5
# expect: }
