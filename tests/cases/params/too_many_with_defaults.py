# "takes from N to M positional arguments" when defaults exist.
def f(a, b=1):
    return a
fs = [f]
try:
    fs[0](1, 2, 3)
except TypeError as e:
    print(e)
def g():
    return 0
gs = [g]
try:
    gs[0](1)
except TypeError as e:
    print(e)
# expect: f() takes from 1 to 2 positional arguments but 3 were given
# expect: g() takes 0 positional arguments but 1 was given
