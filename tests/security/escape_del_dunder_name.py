# Deleting a reflective dunder attribute.
def f():
    pass

del f.__dict__
# expect error: 5:7: attribute '__dict__' is not supported
