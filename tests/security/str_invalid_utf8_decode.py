# Invalid UTF-8 bytes.
print(b"ok".decode())
print(b"\xff".decode())
# expect: ok
# expect runtime error: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
