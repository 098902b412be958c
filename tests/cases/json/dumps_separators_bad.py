# separators must unpack into two strs.
import json
for seps in [(",",), (",", ":", "x"), 5]:
    try:
        json.dumps([1], separators=seps)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: ValueError not enough values to unpack (expected 2, got 1)
# expect: ValueError too many values to unpack (expected 2)
# expect: TypeError cannot unpack non-iterable int object
