# bytes([...]) requires values in range(0, 256).
try:
    bytes([256])
except ValueError as e:
    print(e)
bytes([-1])
# expect: bytes must be in range(0, 256)
# expect runtime error: ValueError: bytes must be in range(0, 256)
