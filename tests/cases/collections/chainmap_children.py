# new_child and parents: scopes as agents write them.
from collections import ChainMap

root = ChainMap({"x": 1})
child = root.new_child()
child["x"] = 2
grand = child.new_child({"y": 3})
print(root, child, grand)
print(grand["x"], grand["y"], grand.parents, grand.parents.parents)
print(child.new_child(z=9), list(ChainMap({"a": 1}, {"b": 2}, {"a": 3})))
print(ChainMap({"a": 1}) == {"a": 1}, ChainMap({"a": 1}, {"a": 2}) == ChainMap({"a": 1}))
# expect: ChainMap({'x': 1}) ChainMap({'x': 2}, {'x': 1}) ChainMap({'y': 3}, {'x': 2}, {'x': 1})
# expect: 2 3 ChainMap({'x': 2}, {'x': 1}) ChainMap({'x': 1})
# expect: ChainMap({'z': 9}, {'x': 2}, {'x': 1}) ['a', 'b']
# expect: True True
