# An unknown keyword argument is rejected even when keyword-only params exist.
def f(a, *, b=1):
    return a
fs = [f]
try:
    fs[0](1, c=2)
except TypeError as e:
    print(e)
# expect: f() got an unexpected keyword argument 'c'
