# An exception's traceback, through getattr.
try:
    1 / 0
except ZeroDivisionError as e:
    print(getattr(e, "__" + "traceback__"))
# pith only: dunder and frame attributes are refused at run time too (CPython returns them)
# expect runtime error: AttributeError: 'ZeroDivisionError' object has no attribute '__traceback__'
