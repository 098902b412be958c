# A positional argument after a keyword argument is a syntax error.
def f(a, b):
    return a
f(a=1, 2)
# expect error: 4:8:
