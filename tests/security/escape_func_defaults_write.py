# Writing a function's defaults.
def f(x=1):
    return x

f.__defaults__ = (2,)
print(f())
# expect error: 5:3: attribute '__defaults__' is not supported
