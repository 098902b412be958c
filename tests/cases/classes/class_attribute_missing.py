# A missing class attribute is "type object 'C' has no attribute 'x'".
class C:
    pass

print(C.__name__)
C.nothing
# expect: C
# expect runtime error: AttributeError: type object 'C' has no attribute 'nothing'
