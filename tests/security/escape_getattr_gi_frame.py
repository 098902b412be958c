# A generator expression's frame, through getattr.
g = (x for x in [1])
print(getattr(g, "gi_" + "frame"))
# pith only: dunder and frame attributes are refused at run time too (CPython returns them)
# expect runtime error: AttributeError: 'generator' object has no attribute 'gi_frame'
