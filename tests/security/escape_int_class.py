# A dunder on an int literal.
x = (1).__class__
print(x)
# expect error: 2:9: attribute '__class__' is not supported
