# Raising something that is not an exception is a TypeError.
try:
    raise "oops"
except TypeError as e:
    print(e)
raise 5
# expect: exceptions must derive from BaseException
# expect runtime error: TypeError: exceptions must derive from BaseException
