# super() outside a class has no class to start from.
def f():
    return super()

print(f())
# expect runtime error: RuntimeError: super(): no arguments
