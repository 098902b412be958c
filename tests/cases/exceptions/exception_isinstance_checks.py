# Exceptions are objects: isinstance against the hierarchy.
try:
    [].pop()
except Exception as e:
    print(isinstance(e, IndexError), isinstance(e, LookupError), isinstance(e, KeyError), isinstance(e, (KeyError, IndexError)))
# expect: True True False True
