# An uncaught assert without a message: the last line is just the type name.
items = []
print("checking")
assert items
# expect: checking
# expect runtime error: AssertionError
