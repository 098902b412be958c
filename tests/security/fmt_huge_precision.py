# A precision too large for CPython's format parser.
print("{0:.99999999999999999999f}".format(1.5))
# expect runtime error: ValueError: Too many decimal digits in format string
