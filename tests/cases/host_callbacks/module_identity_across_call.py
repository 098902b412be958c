# A module value and a JSONDecodeError held across a host call (replayed through a snapshot): the module is
# still the one object `import json` gives, and the error keeps its class and attributes.
# host: fetch -> "{\"a\": 1"
import json
import json as j
try:
    json.loads(fetch())
except json.JSONDecodeError as e:
    err = e
again = fetch()
import json as k
print(j is json, k is json, type(err) is json.JSONDecodeError, isinstance(err, ValueError))
print(err.msg, err.pos, err.lineno, err.colno, err.doc == again)
print(err)
# expect: True True True True
# expect: Expecting ',' delimiter 7 1 8 True
# expect: Expecting ',' delimiter: line 1 column 8 (char 7)
