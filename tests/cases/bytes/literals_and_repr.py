# bytes literals, repr with escapes, indexing gives ints.
b = b"hi\x00\xff\n"
print(b, len(b), b[0], b[-1], list(b[:2]))
print(b'it\'s', b"q\"", bytes(3), bytes([65, 66]))
# expect: b'hi\x00\xff\n' 5 104 10 [104, 105]
# expect: b"it's" b'q"' b'\x00\x00\x00' b'AB'
