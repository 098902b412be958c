# A field inside the format spec.
print("{0:{1.__class__}}".format(1, 2))
# pith only: format fields walk only ordinary attributes (CPython walks any)
# expect runtime error: AttributeError: 'int' object has no attribute '__class__'
