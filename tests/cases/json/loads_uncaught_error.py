# An uncaught JSONDecodeError is printed with its module's name.
import json
print("before")
json.loads('{"a": }')
# expect: before
# expect runtime error: json.decoder.JSONDecodeError: Expecting value: line 1 column 7 (char 6)
