# A key of another type is CPython's TypeError, naming the type.
import json
for d in [{(1, 2): 3}, {frozenset(): 1}, {b"x": 1}]:
    try:
        json.dumps(d)
    except TypeError as e:
        print(e)
# expect: keys must be str, int, float, bool or None, not tuple
# expect: keys must be str, int, float, bool or None, not frozenset
# expect: keys must be str, int, float, bool or None, not bytes
