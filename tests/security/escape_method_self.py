# The bound object of a builtin method.
print([].append.__self__)
# expect error: 2:17: attribute '__self__' is not supported
