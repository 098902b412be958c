# None is not a context manager: the TypeError names its type.
ctx = None
with ctx:
    print("inside")
# expect runtime error: TypeError: 'NoneType' object does not support the context manager protocol
