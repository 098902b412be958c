# NaN, Infinity and -Infinity are read as floats.
import json
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads("-Infinity") < 0)
# expect: [nan, inf, -inf]
# expect: True
