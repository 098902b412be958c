# Ordinary attributes in fields still work as in CPython.
print("{0.real} {0.imag} {1.start}".format(5, range(3, 4)))
# expect: 5 0 3
