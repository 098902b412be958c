# A value JSON cannot write, and no default: CPython's TypeError naming its type.
import json
class Point:
    pass
for v in [{1, 2}, b"x", Point(), [1, {"a": range(3)}], len]:
    try:
        json.dumps(v)
    except TypeError as e:
        print(e)
# expect: Object of type set is not JSON serializable
# expect: Object of type bytes is not JSON serializable
# expect: Object of type Point is not JSON serializable
# expect: Object of type range is not JSON serializable
# expect: Object of type builtin_function_or_method is not JSON serializable
