# Concatenating str and bytes is a TypeError.
b"a" + "b"
# expect runtime error: TypeError: can't concat str to bytes
