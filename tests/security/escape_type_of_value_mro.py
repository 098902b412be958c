# type(x) is allowed, its dunders are not.
print(type(1).__mro__[1].__subclasses__())
# expect error: 2:26: attribute '__subclasses__' is not supported
