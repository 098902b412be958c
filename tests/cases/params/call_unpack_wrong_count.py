# Unpacking too many values into a fixed signature fails with the arity message.
def pair(a, b):
    return a + b
fs = [pair]
try:
    fs[0](*[1, 2, 3])
except TypeError as e:
    print(e)
# expect: pair() takes 2 positional arguments but 3 were given
