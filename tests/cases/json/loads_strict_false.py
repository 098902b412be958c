# strict=False lets control characters into strings.
import json
print(repr(json.loads('"a\tb\nc"', strict=False)))
try:
    json.loads('"a\tb"', strict=True)
except json.JSONDecodeError as e:
    print(e)
# expect: 'a\tb\nc'
# expect: Invalid control character at: line 1 column 3 (char 2)
