# Calling a non-function value.
handlers = {"x": 5}
h = handlers["x"]
h()
# expect runtime error: TypeError: 'int' object is not callable
