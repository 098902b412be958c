# Deleting a dunder attribute.
def f():
    pass

del f.__doc__
# expect error: 5:7: attribute '__doc__' is not supported
