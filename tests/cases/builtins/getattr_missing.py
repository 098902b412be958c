# getattr without a default raises AttributeError.
getattr(3, "missing")
# expect runtime error: AttributeError: 'int' object has no attribute 'missing'
