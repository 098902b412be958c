# Too many positional arguments to a known function.
def f(a, b):
    return a + b
f(1, 2, 3)
# expect error: 4:1: f() takes 2 positional arguments but 3 were given
