# A lone surrogate cannot be UTF-8 encoded.
s = "\ud800"
print(len(s), repr(s))
print(s.encode())
# expect error: 2:5: surrogate code points in string literals are not supported
