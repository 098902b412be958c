# TypeErrors for calling non-callables and wrong builtin arity. (A direct call of len with the wrong number
# of arguments is a compile error in pith; through a variable it is checked at run time, as in CPython.)
for f in [5, "s", None, [1]]:
    try:
        f()
    except TypeError as e:
        print(e)
g = len
try:
    g()
except TypeError as e:
    print(e)
try:
    g([], [])
except TypeError as e:
    print(e)
# expect: 'int' object is not callable
# expect: 'str' object is not callable
# expect: 'NoneType' object is not callable
# expect: 'list' object is not callable
# expect: len() takes exactly one argument (0 given)
# expect: len() takes exactly one argument (2 given)
