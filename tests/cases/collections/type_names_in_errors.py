# Error messages name deque, defaultdict and OrderedDict as CPython's C types do (collections.deque), and
# their methods by the class's own name (deque.pop()).
from collections import *
for f in (lambda: hash(deque()), lambda: deque().pop(1), lambda: deque() < 1, lambda: defaultdict().x, lambda: OrderedDict().popitem(1,2), lambda: hash(OrderedDict()), lambda: deque().append(), lambda: len(5)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
# expect: TypeError unhashable type: 'collections.deque'
# expect: TypeError deque.pop() takes no arguments (1 given)
# expect: TypeError '<' not supported between instances of 'collections.deque' and 'int'
# expect: AttributeError 'collections.defaultdict' object has no attribute 'x'
# expect: TypeError popitem() takes at most 1 argument (2 given)
# expect: TypeError unhashable type: 'collections.OrderedDict'
# expect: TypeError deque.append() takes exactly one argument (0 given)
# expect: TypeError object of type 'int' has no len()
