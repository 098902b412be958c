# default= turns what JSON cannot write into what it can; its result is encoded in turn.
import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("no")
print(json.dumps({"p": Point(1, 2), "s": {3, 1, 2}, "l": [Point(0, Point(5, 6))]}, default=enc))
print(json.dumps({3, 1}, default=sorted))
print(json.dumps([b"x"], default=str))
# expect: {"p": {"x": 1, "y": 2}, "s": [1, 2, 3], "l": [{"x": 0, "y": {"x": 5, "y": 6}}]}
# expect: [1, 3]
# expect: ["b'x'"]
