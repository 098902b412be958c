# An uncaught assert with a message.
count = 0
assert count > 0, "expected results, got " + str(count)
# expect runtime error: AssertionError: expected results, got 0
