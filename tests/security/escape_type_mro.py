# type.__mro__ leads to object and its subclasses.
print(type.__mro__)
# expect error: 2:12: attribute '__mro__' is not supported
