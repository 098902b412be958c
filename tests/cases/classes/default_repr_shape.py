# The default repr names the class with its module and an address; str() falls back to it.
class Node:
    pass

class Outer:
    class Inner:
        pass

n = Node()
r = repr(n)
print(r.startswith("<__main__.Node object at 0x"), r.endswith(">"), str(n) == r)
print(repr(Outer.Inner()).startswith("<__main__.Outer.Inner object at 0x"))
print(Node, Outer.Inner, Outer.Inner.__qualname__, Outer.Inner.__name__)
# expect: True True True
# expect: True
# expect: <class '__main__.Node'> <class '__main__.Outer.Inner'> Outer.Inner Inner
