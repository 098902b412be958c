# NaN and the infinities are written as JavaScript names while allow_nan is true.
import json
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps({"a": float("inf")}, indent=1))
# expect: [NaN, Infinity, -Infinity]
# expect: {
# expect:  "a": Infinity
# expect: }
