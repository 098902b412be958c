# Slicing bytes yields bytes; comparison is lexicographic.
b = b"abcdef"
print(b[1:4], b[::-1], b[::2], b[10:])
print(b"abc" < b"abd", b"" < b"a", b"a" == b"a", b"a" == "a")
# expect: b'bcd' b'fedcba' b'ace' b''
# expect: True True True False
