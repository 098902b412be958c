# ModuleNotFoundError names the module, is an ImportError, and leaves the name unbound.
try:
    import pith_missing_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, isinstance(e, ImportError), issubclass(ModuleNotFoundError, ImportError))
try:
    pith_missing_mod
except NameError as e:
    print(e)
# expect: ModuleNotFoundError No module named 'pith_missing_mod' True True
# expect: name 'pith_missing_mod' is not defined
