# bytes outside 0..255.
try:
    bytes([256])
except ValueError as e:
    print(e)
print(bytes(-1))
# expect: bytes must be in range(0, 256)
# expect runtime error: ValueError: negative count
