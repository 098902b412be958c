# setattr on a dunder named by a literal.
def f():
    pass

setattr(f, "__code__", None)
# pith only: dunder and frame attributes are refused at run time too (CPython returns them)
# expect runtime error: AttributeError: 'function' object has no attribute '__code__'. Did you mean: '__call__'?
