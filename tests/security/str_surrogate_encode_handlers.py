# Lone surrogates under every error handler of the UTF-8 encoder.
s = chr(0xD800)
for h in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
    print(("a" + s + "é" + s + chr(0xDC00) + "b").encode("utf-8", h))
print("é€😀".encode(), "é".encode("latin-1"))
try:
    ("ab" + s + chr(0xDFFF)).encode()
except UnicodeEncodeError as e:
    print(e)
print((s + "x").encode())
# expect: b'a\xc3\xa9b'
# expect: b'a?\xc3\xa9??b'
# expect: b'a\\ud800\xc3\xa9\\ud800\\udc00b'
# expect: b'a&#55296;\xc3\xa9&#55296;&#56320;b'
# expect: b'\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80' b'\xe9'
# expect: 'utf-8' codec can't encode characters in position 2-3: surrogates not allowed
# expect runtime error: UnicodeEncodeError: 'utf-8' codec can't encode character '\ud800' in position 0: surrogates not allowed
