# The module behind a builtin function.
print(len.__self__)
# expect error: 2:11: attribute '__self__' is not supported
