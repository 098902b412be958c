# * unpacking a non-iterable is a TypeError.
def f(*a):
    return a
try:
    f(*5)
except TypeError as e:
    print(e)
# expect: __main__.f() argument after * must be an iterable, not int
