# `return x` in a generator ends it with StopIteration(x); for loops and list() ignore the value.
def g():
    yield 1
    return "result"

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)
try:
    next(it)
except StopIteration as e:
    print("again:", e.value, e.args)
print(list(g()))

def empty():
    return
    yield

try:
    next(empty())
except StopIteration as e:
    print(repr(e), e.value)
print(next(empty(), "default"))
# expect: 1
# expect: value: result ('result',)
# expect: again: None ()
# expect: [1]
# expect: StopIteration() None
# expect: default
