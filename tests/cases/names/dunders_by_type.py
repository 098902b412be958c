# The read-only dunders each type has: names of functions and classes, the chaining fields of exceptions.
def f(): pass
def outer():
    def g(): pass
    return g
print(f.__name__, f.__qualname__, outer().__qualname__, len.__name__, int.__qualname__, ValueError.__name__)
try:
    try: raise KeyError(1)
    except KeyError as e: raise ValueError(2) from e
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
e = ValueError(); print(e.__cause__, e.__context__, e.__suppress_context__)
for o in (1, "s", [1], e):
    try: print(o.__name__)
    except AttributeError as x: print(x)
print(hasattr(f, "__name__"), getattr(e, "__cause__"))
# expect: f f outer.<locals>.g len int ValueError
# expect: KeyError(1) KeyError(1) True
# expect: None None False
# expect: 'int' object has no attribute '__name__'
# expect: 'str' object has no attribute '__name__'
# expect: 'list' object has no attribute '__name__'
# expect: 'ValueError' object has no attribute '__name__'
# expect: True None
