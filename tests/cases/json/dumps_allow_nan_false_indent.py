# With indent, the pure-Python encoder names the value in the same error.
import json
for v in [[float("nan")], [float("inf")], [-float("inf")]]:
    try:
        json.dumps(v, allow_nan=False, indent=2)
    except ValueError as e:
        print(e)
# expect: Out of range float values are not JSON compliant: nan
# expect: Out of range float values are not JSON compliant: inf
# expect: Out of range float values are not JSON compliant: -inf
