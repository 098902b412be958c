# A sign is not allowed in a string format spec.
s = "x"
print(f"{s:+}")
# expect runtime error: ValueError: Sign not allowed in string format specifier
