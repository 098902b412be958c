# A class decorator receives the class and may return anything.
registry = {}

def register(cls):
    registry[cls.__name__] = cls
    return cls

def tagged(label):
    def wrap(cls):
        cls.label = label
        return cls
    return wrap

@register
@tagged("tool")
class Search:
    pass

print(registry, Search.label)
# expect: {'Search': <class '__main__.Search'>} tool
