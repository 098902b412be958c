# dumps then loads gives the data back; loads then dumps gives canonical text.
import json
data = {"name": "pith", "n": [1, 2.5, -3, 10**20], "ok": True, "none": None, "nested": {"x": ["y", {"z": []}]},
        "text": "line\nbreak \u00e9 \U0001F600"}
for kw in [{}, {"indent": 2}, {"sort_keys": True}, {"ensure_ascii": False}, {"separators": (",", ":")}]:
    assert json.loads(json.dumps(data, **kw)) == data
print(json.dumps(json.loads('{"b":[1,2,{"c":"d"}],"a":1.0}'), sort_keys=True))
print(json.loads(json.dumps(["\x00", "\u2028"])) == ["\x00", "\u2028"])
# expect: {"a": 1.0, "b": [1, 2, {"c": "d"}]}
# expect: True
