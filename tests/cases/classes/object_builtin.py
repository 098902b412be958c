# object() and classes written with an explicit object base.
class A(object):
    pass

o = object()
print(type(o), isinstance(A(), object), repr(o).startswith("<object object at 0x"))
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
# expect: <class 'object'> True True
# expect: 'object' object has no attribute 'x'
# expect: object() takes no arguments
