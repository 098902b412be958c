# JSONDecodeError(msg, doc, pos) made by the program, as CPython builds its message.
import json
e = json.JSONDecodeError("Custom", "ab\ncd", 4)
print(e, e.msg, e.pos, e.lineno, e.colno)
try:
    raise json.JSONDecodeError("Boom", "[]", 1)
except ValueError as err:
    print(err)
# expect: Custom: line 2 column 2 (char 4) Custom 4 2 2
# expect: Boom: line 1 column 2 (char 1)
