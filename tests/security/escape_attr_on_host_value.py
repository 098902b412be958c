# A host answer is plain data: no dunder walk from it.
r = tool()
print(getattr(r, "__" + "class__"))
# host: tool -> {"a": 1}
# pith only: dunder and frame attributes are refused at run time too (CPython returns them)
# expect runtime error: AttributeError: 'dict' object has no attribute '__class__'
