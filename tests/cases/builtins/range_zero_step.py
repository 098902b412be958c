# range() with a zero step.
for i in range(0, 10, 0):
    print(i)
# expect runtime error: ValueError: range() arg 3 must not be zero
