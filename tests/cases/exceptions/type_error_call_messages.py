# TypeErrors for calling non-callables and wrong builtin arity.
for f in [5, "s", None, [1]]:
    try:
        f()
    except TypeError as e:
        print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len([], [])
except TypeError as e:
    print(e)
# expect: 'int' object is not callable
# expect: 'str' object is not callable
# expect: 'NoneType' object is not callable
# expect: 'list' object is not callable
# expect: len() takes exactly one argument (0 given)
# expect: len() takes exactly one argument (2 given)
