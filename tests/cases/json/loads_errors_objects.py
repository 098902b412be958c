# JSONDecodeError messages for malformed objects.
import json
for s in ['{', '{"a"', '{"a":', '{"a" 1}', '{"a":1,}', '{"a":1 "b":2}', '{1: 2}', "{'a': 1}", '{"a":1}}']:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), "->", e)
# expect: '{' -> Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
# expect: '{"a"' -> Expecting ':' delimiter: line 1 column 5 (char 4)
# expect: '{"a":' -> Expecting value: line 1 column 6 (char 5)
# expect: '{"a" 1}' -> Expecting ':' delimiter: line 1 column 6 (char 5)
# expect: '{"a":1,}' -> Expecting property name enclosed in double quotes: line 1 column 8 (char 7)
# expect: '{"a":1 "b":2}' -> Expecting ',' delimiter: line 1 column 8 (char 7)
# expect: '{1: 2}' -> Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
# expect: "{'a': 1}" -> Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
# expect: '{"a":1}}' -> Extra data: line 1 column 8 (char 7)
