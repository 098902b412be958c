# A dunder name built at run time reaches getattr.
name = "__" + "subclasses__"
print(getattr(int, name))
# pith only: reflective dunders are refused at run time too (CPython returns them)
# expect runtime error: AttributeError: type object 'int' has no attribute '__subclasses__'
