# Class attributes are found along the MRO, and assignment on a subclass shadows without changing the base.
class A:
    x = 1
    y = 2

class B(A):
    y = 20

class C(B):
    pass

print(C.x, C.y, C().x)
C.x = 100
print(A.x, B.x, C.x)
del C.x
print(C.x)
# expect: 1 20 1
# expect: 1 1 100
# expect: 1
