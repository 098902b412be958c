# Adding an int to a str is a TypeError.
count = 3
print("count: " + count)
# expect runtime error: TypeError: can only concatenate str (not "int") to str
