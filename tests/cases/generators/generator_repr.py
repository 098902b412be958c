# repr of generators names the function's qualified name.
def gen():
    yield 1

def outer():
    def inner():
        yield 2
    return inner()

a = gen()
print(repr(a).startswith("<generator object gen at 0x"), repr(a).endswith(">"))
b = outer()
print(repr(b).split(" at ")[0])
list(a)
print(repr(a).split(" at ")[0])
print(str((x for x in [])).split(" at ")[0])
print(type(a).__name__, type(a) is type(b))
# expect: True True
# expect: <generator object outer.<locals>.inner
# expect: <generator object gen
# expect: <generator object <genexpr>
# expect: generator True
