# json.dumps(default=...) and json.loads(object_hook=...) stopped inside their native frames while a callback
# waits on the host: the fuzzer's seed for the encoder's stack and the hook walk's tree in frame slots.
import json


class P:
    def __init__(self, n):
        self.n = n


def enc(o):
    return {"p": ask(o.n), "more": [1.5, "x\u00e9"]}


def hook(d):
    d["seen"] = ask(len(d))
    return d


text = json.dumps({"a": [P(1), {"b": P(2)}], "t": (1, None)}, default=enc, indent=1, sort_keys=True)
data = json.loads('{"x": [{"y": 1}, 2.5, {"z": {}}], "w": "s"}', object_hook=hook)
print(text, data)
