# Advancing a generator from inside its own body is a ValueError.
def g():
    yield next(me)

me = g()
try:
    next(me)
except ValueError as e:
    print(e)
print(list(me))

def h():
    try:
        yield me2.send(None)
    except ValueError as e:
        yield "inner: " + str(e)

me2 = h()
print(next(me2))
# expect: generator already executing
# expect: []
# expect: inner: generator already executing
