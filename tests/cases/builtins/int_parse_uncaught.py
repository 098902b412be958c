# An uncaught int() failure on tool output.
raw = "N/A"
print(int(raw) + 1)
# expect runtime error: ValueError: invalid literal for int() with base 10: 'N/A'
