# A generator expression's code.
g = (x for x in [1])
print(getattr(g, "gi_code"))
# pith only: dunder and frame attributes are refused at run time too (CPython returns them)
# expect runtime error: AttributeError: 'generator' object has no attribute 'gi_code'
