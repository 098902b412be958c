# Catching the failed import of os leaves the name unbound: nothing of a module pith does not have is reachable.
try:
    import os
except ImportError as e:
    print(type(e).__name__, e)
os.system("echo pwned")
# expect: ModuleNotFoundError No module named 'os'
# expect runtime error: NameError: name 'os' is not defined
# pith only: pith has no such module (or name) for a program to import; CPython imports it
