# __slots__ along the hierarchy; a subclass without __slots__ gets a dict again.
class A:
    __slots__ = ("a",)

class B(A):
    __slots__ = ("b",)

class C(B):
    pass

b = B()
b.a, b.b = 1, 2
print(b.a, b.b)
try:
    b.c = 3
except AttributeError as e:
    print(e)
c = C()
c.c = 3
print(c.c)
# expect: 1 2
# expect: 'B' object has no attribute 'c'
# expect: 3
