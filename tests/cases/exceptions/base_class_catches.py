# Base classes catch subclasses: LookupError, ArithmeticError, Exception, RuntimeError.
try:
    {"a": 1}["b"]
except LookupError as e:
    print("LookupError caught", type(e), e)
try:
    [1][3]
except LookupError as e:
    print("LookupError caught", type(e), e)
try:
    5 % 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e))
try:
    int("?")
except Exception as e:
    print("Exception caught", type(e))
try:
    raise RecursionError("deep")
except RuntimeError as e:
    print("RuntimeError caught", type(e), e)
try:
    raise KeyError("x")
except IndexError:
    print("wrong handler")
except LookupError:
    print("LookupError after IndexError")
# expect: LookupError caught <class 'KeyError'> 'b'
# expect: LookupError caught <class 'IndexError'> list index out of range
# expect: ArithmeticError caught <class 'ZeroDivisionError'>
# expect: Exception caught <class 'ValueError'>
# expect: RuntimeError caught <class 'RecursionError'> deep
# expect: LookupError after IndexError
