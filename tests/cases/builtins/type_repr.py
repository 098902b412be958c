# repr of builtin type objects.
print(int, str, list, type(None), type(len), ValueError)
# expect: <class 'int'> <class 'str'> <class 'list'> <class 'NoneType'> <class 'builtin_function_or_method'> <class 'ValueError'>
