# A lone surrogate made at run time cannot be UTF-8 encoded.
s = chr(0xD800)
print(len(s), repr(s))
print(s.encode())
# expect: 1 '\ud800'
# expect runtime error: UnicodeEncodeError: 'utf-8' codec can't encode character '\ud800' in position 0: surrogates not allowed
