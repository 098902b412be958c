# A dunder name joined from pieces.
name = "".join(["_", "_", "cl", "ass", "_", "_"])
print(getattr((), name))
# pith only: dunder and frame attributes are refused at run time too (CPython returns them)
# expect runtime error: AttributeError: 'tuple' object has no attribute '__class__'
