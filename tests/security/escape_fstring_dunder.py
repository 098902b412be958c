# A dunder inside an f-string field is an attribute like any other.
x = 1
print(f"{x.__class__}")
# expect error: 3:12: attribute '__class__' is not supported
