# Classes would reach type's machinery.
class A:
    pass

print(A.__subclasses__())
# expect error: 2:1: class definition is not supported
