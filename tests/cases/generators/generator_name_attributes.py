# A generator's __name__ and __qualname__ are its function's.
def outer():
    def inner():
        yield 1
    return inner()

def top():
    yield 2

g = outer()
print(g.__name__, g.__qualname__)
print(top().__name__, top().__qualname__)
e = (x for x in [])
print(e.__name__, e.__qualname__)
list(g)
print(g.__name__)
# expect: inner outer.<locals>.inner
# expect: top top
# expect: <genexpr> <genexpr>
# expect: inner
