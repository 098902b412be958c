# A dunder inside an f-string field is an attribute like any other.
x = 1
print(f"{x.__dict__}")
# expect error: 3:12: attribute '__dict__' is not supported
