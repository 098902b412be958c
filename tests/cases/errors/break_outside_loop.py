# break outside a loop is a syntax error.
print("must not run")
if True:
    break
# expect error: 4:5:
