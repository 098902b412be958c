# hasattr on a dunder named at run time.
n = "__" + "code__"
print(hasattr(lambda: 0, n))
# pith only: dunder and frame attributes are refused at run time too (CPython returns them)
# expect: False
