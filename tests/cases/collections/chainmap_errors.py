# Missing keys and deleting a key only the second map has.
from collections import ChainMap

cm = ChainMap({"a": 1}, {"b": 2})
try:
    cm["zz"]
except KeyError as e:
    print("KeyError", e)
print(cm.pop("a"), cm)
del cm["b"]
# expect: KeyError 'zz'
# expect: 1 ChainMap({}, {'b': 2})
# expect runtime error: KeyError: "Key not found in the first mapping: 'b'"
