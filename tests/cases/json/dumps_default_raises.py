# An exception default() raises goes through dumps unchanged.
import json
def enc(o):
    raise ValueError("cannot encode " + type(o).__name__)
try:
    json.dumps([1, {2}], default=enc)
except ValueError as e:
    print(e)
def bad(o):
    return o
try:
    json.dumps([1, {2}], default=bad)
except ValueError as e:
    print(e)
# expect: cannot encode set
# expect: Circular reference detected
