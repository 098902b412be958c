# The read-only allow-listed dunders stay readable through getattr.
def f():
    pass

print(getattr(f, "__" + "name__"), getattr(f, "__qualname__"))
# expect: f f
