# A character CPython rejects in an identifier.
a€ = 1
print(a€)
# expect error: 2:2: invalid syntax
