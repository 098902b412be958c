# An indent that is neither int nor str fails as ' ' * indent does.
import json
try:
    json.dumps([1], indent=2.5)
except TypeError as e:
    print(e)
# expect: can't multiply sequence by non-int of type 'float'
