# Class patterns over the program's classes (__match_args__, keywords, subclasses, CPython's TypeErrors naming the
# class), del and delattr of instance attributes, properties and user exception fields, builtin values' reprs.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class P3(Point):
    pass

class NoArgs:
    def __init__(self):
        self.a = 1

class Bad:
    __match_args__ = ["x"]

def where(p):
    match p:
        case P3(0, y):
            return f"p3 y={y}"
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"x-axis {x}"
        case Point(x=0, y=y):
            return f"y-axis {y}"
        case Point(x, y) if x == y:
            return "diag"
        case NoArgs(a=1):
            return "noargs"
        case _:
            return "other"

for p in [Point(0, 0), Point(3, 0), Point(0, 5), Point(2, 2), Point(1, 2), P3(0, 9), NoArgs(), 5]:
    print(where(p))
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match Bad():
        case Bad(1):
            pass
except TypeError as e:
    print("TypeError", e)
class O:
    pass
o = O()
o.v = 3
del o.v
print(hasattr(o, "v"))
try:
    del o.v
except AttributeError as e:
    print("AttributeError", e)
class WithProp:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.deleter
    def x(self):
        print("deleting")
        del self._x
w = WithProp()
del w.x
print(hasattr(w, "_x"))
delattr(o, "zz") if hasattr(o, "zz") else print("no zz")
class E(Exception):
    pass
e = E("m")
e.code = 4
print(e.code, str(e), repr(e))
del e.code
print(hasattr(e, "code"))
print(NotImplemented, callable(NotImplemented), delattr)
# expect: origin
# expect: x-axis 3
# expect: y-axis 5
# expect: diag
# expect: other
# expect: p3 y=9
# expect: noargs
# expect: other
# expect: TypeError NoArgs() accepts 0 positional sub-patterns (1 given)
# expect: TypeError Bad.__match_args__ must be a tuple (got list)
# expect: False
# expect: AttributeError 'O' object has no attribute 'v'
# expect: deleting
# expect: False
# expect: no zz
# expect: 4 m E('m')
# expect: False
# expect: NotImplemented False <built-in function delattr>
