# return at module level is a syntax error.
print("must not run")
return 1
# expect error: 3:1:
