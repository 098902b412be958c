# move_to_end of a missing key is a KeyError; popitem of an empty OrderedDict too.
from collections import OrderedDict

od = OrderedDict(a=1)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
od.popitem()
od.popitem()
# expect: KeyError 'zz'
# expect runtime error: KeyError: 'dictionary is empty'
