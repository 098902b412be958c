# "b = = 2" is a syntax error on the second line; the first line does not run.
print("must not run")
b = = 2
# expect error: 3:5:
