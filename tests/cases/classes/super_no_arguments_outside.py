# super() in a plain function has no class to start from.
def helper():
    return super()

helper()
# expect runtime error: RuntimeError: super(): no arguments
