# Closing a generator that delegates with yield from closes the delegate first; the delegate's cleanup
# calls the host.
# host: release -> "released"
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner", release("inner"))

def outer():
    try:
        yield from inner()
    finally:
        print("outer", release("outer"))

g = outer()
print(next(g))
g.close()
print(list(g))
# expect: 1
# expect: inner released
# expect: outer released
# expect: []
