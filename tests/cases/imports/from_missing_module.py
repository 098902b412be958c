# from-imports of a module pith does not have fail when the line runs, * included.
try:
    from pith_missing_lib import thing, other as o
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pith_missing_lib import *
except ImportError as e:
    print(type(e).__name__, e)
print("still running")
# expect: ModuleNotFoundError No module named 'pith_missing_lib'
# expect: ModuleNotFoundError No module named 'pith_missing_lib'
# expect: still running
