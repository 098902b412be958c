# The message lists every missing positional argument.
def f(a, b, c, d=0):
    return a
fs = [f]
try:
    fs[0]()
except TypeError as e:
    print(e)
try:
    fs[0](1)
except TypeError as e:
    print(e)
# expect: f() missing 3 required positional arguments: 'a', 'b', and 'c'
# expect: f() missing 2 required positional arguments: 'b' and 'c'
