# memoryview is not a builtin here.
m = memoryview(b"abc")
print(m[0])
# expect error: 2:5: name 'memoryview' is not defined
