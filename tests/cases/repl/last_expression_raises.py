# A final expression that raises: the error is reported like any other.
data = {"a": 1}
print("looking up")
data["b"]
# expect: looking up
# expect runtime error: KeyError: 'b'
