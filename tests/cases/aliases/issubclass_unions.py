# issubclass() takes a union of classes as it takes a tuple; a parameterized generic is refused.
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(KeyError, ValueError | LookupError))
print(issubclass(type(None), int | None))
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(dict, str | dict[str, int])
except TypeError as e:
    print("TypeError:", e)
# expect: True False True
# expect: True
# expect: TypeError: issubclass() argument 2 cannot be a parameterized generic
# expect: TypeError: issubclass() argument 2 cannot be a parameterized generic
