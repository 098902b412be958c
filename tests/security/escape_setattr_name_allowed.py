# An allow-listed dunder is read-only.
def f():
    pass

setattr(f, "__" + "name__", "g")
print(f.__name__)
# pith only: the allow-listed dunders are read-only (CPython renames the function)
# expect runtime error: AttributeError: 'function' object has no attribute '__name__'. Did you mean: '__ne__'?
