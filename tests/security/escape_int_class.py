# A reflective dunder on an int literal.
x = (1).__subclasshook__
print(x)
# expect error: 2:9: attribute '__subclasshook__' is not supported
