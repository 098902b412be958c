# OrderedDict iterates in order after moves, and reversed() gives the reverse order.
from collections import OrderedDict

od = OrderedDict
o = od((k, k.upper()) for k in "abcd")
o.move_to_end("b")
o["a"] = "first"
print(list(o), list(reversed(o)), list(o.values()))
del o["c"]
o["c"] = "again"
print(o)
# expect: ['a', 'c', 'd', 'b'] ['b', 'd', 'c', 'a'] ['first', 'C', 'D', 'B']
# expect: OrderedDict([('a', 'first'), ('d', 'D'), ('b', 'B'), ('c', 'again')])
