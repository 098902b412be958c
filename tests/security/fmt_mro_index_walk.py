# Attribute and index steps chained: __class__ is served, __mro__ is not.
print("{0.__class__.__mro__[1]}".format(1))
# pith only: format fields walk only the attributes pith serves (CPython walks any)
# expect runtime error: AttributeError: type object 'int' has no attribute '__mro__'
