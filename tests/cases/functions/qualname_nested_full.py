# A nested function's __qualname__ is whole, in the name and in argument errors that name it.
def outer():
    def inner(x):
        def deepest():
            pass
        return deepest
    print(inner.__qualname__, inner(1).__qualname__)
    try:
        inner(*5)
    except TypeError as e:
        print(e)
outer()
# expect: outer.<locals>.inner outer.<locals>.inner.<locals>.deepest
# expect: __main__.outer.<locals>.inner() argument after * must be an iterable, not int
