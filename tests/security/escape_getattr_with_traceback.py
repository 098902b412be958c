# with_traceback is a method CPython has; a frame must not come back from it.
try:
    1 / 0
except ZeroDivisionError as e:
    tb = getattr(e, "with_traceback")
    print(tb)
# pith only: dunder and frame attributes are refused at run time too (CPython returns them)
# expect runtime error: AttributeError: 'ZeroDivisionError' object has no attribute 'with_traceback'
