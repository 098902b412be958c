# PEP 479: StopIteration raised inside a generator's body becomes RuntimeError.
def g():
    yield 1
    next(iter([]))
    yield 2

it = g()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def h():
    yield 1
    raise StopIteration("x")

try:
    list(h())
except RuntimeError as e:
    print(e)
# expect: 1
# expect: RuntimeError generator raised StopIteration StopIteration
# expect: generator raised StopIteration
