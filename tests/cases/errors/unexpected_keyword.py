# An unexpected keyword argument to a known function.
def f(a, b=0):
    return a + b
f(1, z=3)
# expect error: 4:1: f() got an unexpected keyword argument 'z'
