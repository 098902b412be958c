# float() of a non-numeric string is a ValueError with the repr of the string.
raw = "12.5kg"
print(float(raw))
# expect runtime error: ValueError: could not convert string to float: '12.5kg'
