# getattr, setattr, hasattr and delattr work on instances like attribute syntax.
class Obj:
    kind = "obj"

o = Obj()
setattr(o, "name", "n1")
print(getattr(o, "name"), hasattr(o, "name"), getattr(o, "kind"), getattr(o, "missing", None))
delattr(o, "name")
print(hasattr(o, "name"))
fields = {"a": 1, "b": 2}
for k, v in fields.items():
    setattr(o, k, v)
print([getattr(o, k) for k in fields])
try:
    delattr(o, "zzz")
except AttributeError as e:
    print(e)
print(hasattr(o, "__init__"), hasattr(o, "__len__"), hasattr(Obj, "__class__"))
# expect: n1 True obj None
# expect: False
# expect: [1, 2]
# expect: 'Obj' object has no attribute 'zzz'
# expect: True False True
