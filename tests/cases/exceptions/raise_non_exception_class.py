# Raising an instance of a class that is not an exception is a TypeError.
class NotAnError:
    pass

try:
    raise NotAnError()
except TypeError as e:
    print(e)
try:
    try:
        pass
    finally:
        pass
    raise 5
except TypeError as e:
    print(e)
# expect: exceptions must derive from BaseException
# expect: exceptions must derive from BaseException
