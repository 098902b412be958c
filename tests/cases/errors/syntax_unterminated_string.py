# An unterminated string literal.
print("ok")
x = "abc
# expect error: 3:5:
