# NUL characters are ordinary characters.
s = "a\x00b\x00"
print(len(s), s.split("\x00"), repr(s), s.find("\x00", 2))
b = b"\x00" * 3
print(len(b), b.count(b"\x00"), repr(b))
# expect: 4 ['a', 'b', ''] 'a\x00b\x00' 3
# expect: 3 3 b'\x00\x00\x00'
