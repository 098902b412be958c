# JSONDecodeError carries msg, doc, pos, lineno and colno, and is a ValueError.
import json
doc = '{\n  "a": 1,\n  "b" 2\n}'
try:
    json.loads(doc)
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError))
    print(e.msg, e.pos, e.lineno, e.colno)
    print(e.doc == doc, e.args)
    print(repr(e))
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
print(json.JSONDecodeError)
# expect: JSONDecodeError True
# expect: Expecting ':' delimiter 18 3 7
# expect: True ("Expecting ':' delimiter: line 3 column 7 (char 18)",)
# expect: JSONDecodeError("Expecting ':' delimiter: line 3 column 7 (char 18)")
# expect: True JSONDecodeError
# expect: <class 'json.decoder.JSONDecodeError'>
