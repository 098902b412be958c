# nonlocal rebinds the nearest enclosing function's variable, not the global.
x = "global"
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed"
    inner()
    return x
print(outer())
print(x)
# expect: changed
# expect: global
