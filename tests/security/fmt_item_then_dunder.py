# An index step, then a dunder.
print("{0[0].__reduce__}".format([1]))
# pith only: format fields walk only the attributes pith serves (CPython walks any)
# expect runtime error: AttributeError: 'int' object has no attribute '__reduce__'
