# Calling an instance without __call__.
class Plain:
    pass

print(callable(Plain()))
Plain()()
# expect: False
# expect runtime error: TypeError: 'Plain' object is not callable
