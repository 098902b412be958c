# An uncaught AttributeError on an instance.
class Plain:
    pass

Plain().value
# expect runtime error: AttributeError: 'Plain' object has no attribute 'value'
