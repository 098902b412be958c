# isinstance/issubclass with tuples of types and the bool/int relationship.
print(isinstance(3, (str, int)), isinstance(True, int), isinstance(1.0, (int, str)), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, (str, float)), issubclass(KeyError, LookupError), issubclass(ValueError, (KeyError, Exception)))
print(isinstance([], (list, tuple)), isinstance({}, dict), isinstance(frozenset(), set))
# expect: True True False True
# expect: True False True True
# expect: True True False
