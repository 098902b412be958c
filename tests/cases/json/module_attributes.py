# The json module's names; others are AttributeError, as for any module.
import json
print(json.__name__, type(json).__name__)
print(callable(json.dumps), callable(json.loads))
try:
    json.nope
except AttributeError as e:
    print(e)
# expect: json module
# expect: True True
# expect: module 'json' has no attribute 'nope'
