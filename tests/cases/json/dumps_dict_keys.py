# Dict keys: ints, floats, bools and None become strings; str keys stay.
import json
print(json.dumps({1: "a", 2.5: "b", True: "c", False: "d", None: "e", "s": "f", -3: "g", 1e16: "h"}))
print(json.dumps({float("nan"): 1, float("inf"): 2}))
# expect: {"1": "c", "2.5": "b", "false": "d", "null": "e", "s": "f", "-3": "g", "1e+16": "h"}
# expect: {"NaN": 1, "Infinity": 2}
