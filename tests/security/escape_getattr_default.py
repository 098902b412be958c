# getattr with a default must not serve the dunder either.
def f():
    pass

n = "__" + "globals__"
print(getattr(f, n, "refused"))
# pith only: dunder and frame attributes are refused at run time too (CPython returns them)
# expect: refused
