# Attribute and index steps chained.
print("{0.__class__.__mro__[1]}".format(1))
# pith only: format fields walk only ordinary attributes (CPython walks any)
# expect runtime error: AttributeError: 'int' object has no attribute '__class__'
