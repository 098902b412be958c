# isinstance requires a type or tuple of types as the second argument.
isinstance(1, 5)
# expect runtime error: TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union
