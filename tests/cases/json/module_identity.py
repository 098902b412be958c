# A module is one object per execution: every import of it gives the same value.
import json
import json as j
import math
import math as m
from json import dumps
print(json is j, math is m, dumps is json.dumps or dumps == json.dumps)
def inner():
    import json as again
    return again
print(inner() is json, {json: 1}[j])
# expect: True True True
# expect: True 1
