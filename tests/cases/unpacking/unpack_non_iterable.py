# Unpacking a non-iterable is a TypeError.
try:
    a, b = 5
except TypeError as e:
    print(e)
a, b = None
# expect: cannot unpack non-iterable int object
# expect runtime error: TypeError: cannot unpack non-iterable NoneType object
