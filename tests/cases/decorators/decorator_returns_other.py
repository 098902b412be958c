# A decorator may replace the function with any value.
def constant(fn):
    return 42
@constant
def f():
    return 0
print(f)
# expect: 42
