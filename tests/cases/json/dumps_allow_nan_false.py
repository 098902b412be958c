# allow_nan=False refuses NaN with the C encoder's words (no indent).
import json
for v in [float("nan"), [1, float("inf")], {"k": -float("inf")}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print(type(e).__name__, e)
print(json.dumps(1.5, allow_nan=False))
# expect: ValueError Out of range float values are not JSON compliant
# expect: ValueError Out of range float values are not JSON compliant
# expect: ValueError Out of range float values are not JSON compliant
# expect: 1.5
