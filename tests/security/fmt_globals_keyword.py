# A keyword field walking to a function's globals.
def f():
    pass

print("{x.__globals__}".format(x=f))
# pith only: format fields walk only ordinary attributes (CPython walks any)
# expect runtime error: AttributeError: 'function' object has no attribute '__globals__'
