# The same through a lambda.
print((lambda: 0).__globals__)
# expect error: 2:19: attribute '__globals__' is not supported
