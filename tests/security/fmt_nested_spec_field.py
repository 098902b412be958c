# A field inside the format spec.
print("{0:{1.__reduce__}}".format(1, 2))
# pith only: format fields walk only the attributes pith serves (CPython walks any)
# expect runtime error: AttributeError: 'int' object has no attribute '__reduce__'
