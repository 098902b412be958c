# A dunder name joined from pieces.
name = "".join(["_", "_", "red", "uce", "_", "_"])
print(getattr((), name))
# pith only: reflective dunders are refused at run time too (CPython returns them)
# expect runtime error: AttributeError: 'tuple' object has no attribute '__reduce__'
