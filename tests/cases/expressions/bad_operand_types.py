# TypeError messages for unsupported operand types.
tests = [("1", 2), ([1], 1), (None, 1), ({}, {})]
for a, b in tests:
    try:
        a + b
    except TypeError as e:
        print(e)
try:
    [1] * 2.0
except TypeError as e:
    print(e)
try:
    "a" < 1
except TypeError as e:
    print(e)
# expect: can only concatenate str (not "int") to str
# expect: can only concatenate list (not "int") to list
# expect: unsupported operand type(s) for +: 'NoneType' and 'int'
# expect: unsupported operand type(s) for +: 'dict' and 'dict'
# expect: can't multiply sequence by non-int of type 'float'
# expect: '<' not supported between instances of 'str' and 'int'
