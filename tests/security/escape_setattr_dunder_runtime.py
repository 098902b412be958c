# setattr on a dunder named at run time.
def f(x=1):
    return x

n = "__" + "defaults__"
setattr(f, n, (2,))
print(f())
# pith only: dunder and frame attributes are refused at run time too (CPython returns them)
# expect runtime error: AttributeError: 'function' object has no attribute '__defaults__'. Did you mean: '__kwdefaults__'?
