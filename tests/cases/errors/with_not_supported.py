# The with statement is outside the subset.
ctx = None
with ctx:
    print("inside")
# expect error: 3:1: with statement is not supported
