# An import hidden in a function body: pith has no subprocess module, so calling the function raises
# ModuleNotFoundError when the import line runs, and nothing of the module is ever reachable.
def never():
    import subprocess
    return subprocess

print("reachable")
never()
# expect: reachable
# expect runtime error: ModuleNotFoundError: No module named 'subprocess'
# pith only: pith has no such module (or name) for a program to import; CPython imports it
