# An index step, then a dunder.
print("{0[0].__class__}".format([1]))
# pith only: format fields walk only ordinary attributes (CPython walks any)
# expect runtime error: AttributeError: 'int' object has no attribute '__class__'
