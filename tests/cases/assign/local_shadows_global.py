# Assignment inside a function makes a local; the global is untouched.
value = "global"
def f():
    value = "local"
    return value
print(f(), value)
# expect: local global
