# json.loads of 200,000 nested arrays: the scanner recurses once per level, counted against the depth limit
# and the C stack guard, so it ends in RecursionError (CPython's words), never a C stack overflow.
# limit: --max-time 5
# expect: RecursionError maximum recursion depth exceeded while decoding a JSON array from a unicode string
# expect: RecursionError maximum recursion depth exceeded while decoding a JSON object from a unicode string
# expect: ok 200
import json
try:
    json.loads("[" * 200000 + "]" * 200000)
except RecursionError as e:
    print("RecursionError", e)
try:
    json.loads('{"a":' * 200000 + "1" + "}" * 200000)
except RecursionError as e:
    print("RecursionError", e)
print("ok", len(json.dumps(json.loads("[" * 100 + "]" * 100))))
