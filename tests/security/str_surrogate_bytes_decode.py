# UTF-8-encoded surrogates are invalid UTF-8.
print(b"\xed\xa0\x80".decode())
# expect runtime error: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte
