# An import hidden in a function body that never runs.
def never():
    import subprocess
    return subprocess

print("unreachable")
# expect error: 3:5: import of module 'subprocess' is not supported
