# except ValueError catches a JSONDecodeError; the module class is its type.
import json
def parse(text):
    try:
        return json.loads(text)
    except ValueError as e:
        return "bad: " + e.msg
print(parse('{"ok": 1}'), parse("{oops}"), parse(""))
try:
    json.loads("[")
except Exception as e:
    print(type(e) is json.JSONDecodeError)
# expect: {'ok': 1} bad: Expecting property name enclosed in double quotes bad: Expecting value
# expect: True
