# Exceptions thrown into a delegating generator go to the delegate first.
def inner():
    try:
        yield 1
    except ValueError:
        print("inner caught")
        yield 2
    return "inner done"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3

g = outer()
print(next(g))
print(g.throw(ValueError))
print(next(g))

def delegating_list():
    try:
        yield from [1, 2]
    except KeyError:
        print("list has no throw: raised in the delegating generator")
        yield "handled"

g = delegating_list()
print(next(g))
print(g.throw(KeyError))
# expect: 1
# expect: inner caught
# expect: 2
# expect: outer got inner done
# expect: 3
# expect: 1
# expect: list has no throw: raised in the delegating generator
# expect: handled
