# A stray comma inside a list literal is a syntax error; nothing runs.
x = [1, 2,, 3]
print(x)
# expect error: 2:11:
