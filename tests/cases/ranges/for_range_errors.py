# range()'s errors in a for statement are CPython's, checked in its order: every argument an int, then the
# step; big and small arguments alike.
for args in [(1, 2, 0), (2**70, 2**71, 0)]:
    try:
        for i in range(*args):
            pass
    except ValueError as e:
        print("ValueError", e)
for args in [(1.5,), ("a", 2), (1, 2.0), (1, 2, "x"), (None,), (2**70, 1.0), (1, 2.0, 0)]:
    try:
        for i in range(*args):
            pass
    except TypeError as e:
        print("TypeError", e)
try:
    for i in range(0, 2**64, 0):
        pass
except ValueError as e:
    print("ValueError", e)
for i in range(1.0):
    pass
# expect: ValueError range() arg 3 must not be zero
# expect: ValueError range() arg 3 must not be zero
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'NoneType' object cannot be interpreted as an integer
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: ValueError range() arg 3 must not be zero
# expect runtime error: TypeError: 'float' object cannot be interpreted as an integer
