# A missing required argument to a known function.
def f(a, b):
    return a + b
print("must not run")
f(1)
# expect error: 5:1: f() missing 1 required positional argument: 'b'
