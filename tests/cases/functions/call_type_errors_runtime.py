# Calling a function value with the wrong arguments fails at run time when the callee is not known statically.
def two(a, b):
    return a + b
handlers = [two]
for h in handlers:
    try:
        h(1)
    except TypeError as e:
        print(e)
    try:
        h(1, 2, 3)
    except TypeError as e:
        print(e)
    try:
        h(1, c=2)
    except TypeError as e:
        print(e)
    print(h(b=2, a=1))
# expect: two() missing 1 required positional argument: 'b'
# expect: two() takes 2 positional arguments but 3 were given
# expect: two() got an unexpected keyword argument 'c'
# expect: 3
