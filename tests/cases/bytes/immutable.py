# bytes does not support item assignment.
b = b"abc"
b[0] = 1
# expect runtime error: TypeError: 'bytes' object does not support item assignment
