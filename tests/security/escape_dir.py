# dir() is not a builtin here.
print(dir(1))
# expect error: 2:7: name 'dir' is not defined
