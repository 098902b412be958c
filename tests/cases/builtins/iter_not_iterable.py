# iter of an int is a TypeError.
for x in 5:
    pass
# expect runtime error: TypeError: 'int' object is not iterable
