# loads of something not str or bytes.
import json
for v in [1, None, [1]]:
    try:
        json.loads(v)
    except TypeError as e:
        print(e)
# expect: the JSON object must be str, bytes or bytearray, not int
# expect: the JSON object must be str, bytes or bytearray, not NoneType
# expect: the JSON object must be str, bytes or bytearray, not list
