# A class is a runtime type, not a way into type's machinery: its reflective attributes stay refused.
class A:
    pass

print(A.__subclasses__())
# expect error: 5:9: attribute '__subclasses__' is not supported
