# __import__ is not a builtin here.
__import__("os").system("echo pwned")
# expect error: 2:1: name '__import__' is not defined
