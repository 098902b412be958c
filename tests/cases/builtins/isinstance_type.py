# isinstance with single types and tuples; print(type(x)).
vals = [1, 1.0, "s", [1], (1,), {"a": 1}, None, True]
for v in vals:
    print(type(v), isinstance(v, int), isinstance(v, (str, list)))
print(isinstance(True, int), isinstance(1, bool), isinstance(2 ** 80, int), isinstance(1, float))
print(type(1) == int, type(True) == int, type("") == str)
# expect: <class 'int'> True False
# expect: <class 'float'> False False
# expect: <class 'str'> False True
# expect: <class 'list'> False True
# expect: <class 'tuple'> False False
# expect: <class 'dict'> False False
# expect: <class 'NoneType'> False False
# expect: <class 'bool'> True False
# expect: True False True False
# expect: True False True
