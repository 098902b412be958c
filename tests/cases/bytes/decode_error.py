# Decoding invalid utf-8 raises UnicodeDecodeError.
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, ValueError))
print(b"caf\xc3\xa9".decode())
"é".encode("ascii")
# expect: UnicodeDecodeError True
# expect: café
# expect runtime error: UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
