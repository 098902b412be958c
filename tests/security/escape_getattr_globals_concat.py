# The same for __globals__.
def f():
    pass

print(getattr(f, "__glob" + "als__"))
# pith only: dunder and frame attributes are refused at run time too (CPython returns them)
# expect runtime error: AttributeError: 'function' object has no attribute '__globals__'
