# Data nested deeper than the recursion limit: RecursionError in CPython's words, from dumps (the C encoder's,
# or with indent the Python encoder's) and from loads.
import json
deep = []
for _ in range(5000):
    deep = [deep]
for kw in [{}, {"indent": 1}, {"sort_keys": True}]:
    try:
        json.dumps(deep, **kw)
    except RecursionError as e:
        print(sorted(kw), e)
for text in ["[" * 5000 + "]" * 5000, '{"a":' * 5000 + "0" + "}" * 5000]:
    try:
        json.loads(text)
    except RecursionError as e:
        print(e)
print(json.dumps(json.loads("[" * 50 + "]" * 50)) == "[" * 50 + "]" * 50)
# expect: [] maximum recursion depth exceeded while encoding a JSON object
# expect: ['indent'] maximum recursion depth exceeded while calling a Python object
# expect: ['sort_keys'] maximum recursion depth exceeded while encoding a JSON object
# expect: maximum recursion depth exceeded while decoding a JSON array from a unicode string
# expect: maximum recursion depth exceeded while decoding a JSON object from a unicode string
# expect: True
