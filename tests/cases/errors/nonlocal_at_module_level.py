# nonlocal at module level is a compile-time error.
x = 1
nonlocal x
print(x)
# expect error: 3:1:
