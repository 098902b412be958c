# f-strings are outside the subset.
name = "pith"
print(f"hello {name}")
# expect error: 3:7: f-string is not supported
