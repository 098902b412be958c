# int() of a non-numeric string, uncaught, shows the repr of the input.
raw = "12.5"
print(int(raw))
# expect runtime error: ValueError: invalid literal for int() with base 10: '12.5'
