# ** unpacking requires string keys.
def f(**kw):
    return kw
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
# expect: keywords must be strings
