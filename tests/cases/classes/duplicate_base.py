# The same base twice.
class A:
    pass

try:
    class B(A, A):
        pass
except TypeError as e:
    print(e)
# expect: duplicate base class A
