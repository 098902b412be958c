# Unpacking too many values.
key, value = "a=b=c".split("=")
# expect runtime error: ValueError: too many values to unpack (expected 2)
