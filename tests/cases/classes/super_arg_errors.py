# The two-argument form checks its arguments.
class A:
    pass

class B:
    pass

for f in (lambda: super(A, B()), lambda: super(1, A())):
    try:
        f()
    except TypeError as e:
        print(e)
# expect: super(type, obj): obj must be an instance or subtype of type
# expect: super() argument 1 must be a type, not int
