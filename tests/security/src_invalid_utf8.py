# A byte that is not UTF-8 in a string literal.
print("ÿ")
# expect error: 2:8: invalid UTF-8 in source (byte 0xff)
