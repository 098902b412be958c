# A name that is never bound anywhere is a compile error (CPython raises NameError when it is reached).
total = 10
print("must not run")
print(totl)
# expect error: 4:7: name 'totl' is not defined
