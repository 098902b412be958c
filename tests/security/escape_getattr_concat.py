# A dunder name built at run time reaches getattr.
name = "__" + "class__"
print(getattr(1, name))
# pith only: dunder and frame attributes are refused at run time too (CPython returns them)
# expect runtime error: AttributeError: 'int' object has no attribute '__class__'
