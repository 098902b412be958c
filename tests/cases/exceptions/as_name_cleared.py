# The name bound by except ... as is deleted at the end of the handler.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError as err:
    print(err)
# expect: in handler x
# expect: name 'e' is not defined
