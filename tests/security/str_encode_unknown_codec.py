# An unknown codec.
print("x".encode("no-such-codec"))
# expect runtime error: LookupError: unknown encoding: no-such-codec
