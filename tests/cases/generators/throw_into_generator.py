# throw() raises the exception where the generator waits; it may catch it and yield again.
def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"

it = g()
print(next(it))
print(it.throw(ValueError("bad")))
print(next(it))
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(it, "finished"))
print(it.throw(ValueError, "by class") if False else "skip")

def h():
    yield 1

x = h()
try:
    x.throw(IndexError)
except IndexError:
    print("unstarted raises at once")
print(list(x))
# expect: ready
# expect: caught bad
# expect: recovered
# expect: ready
# expect: propagated KeyError('k')
# expect: finished
# expect: skip
# expect: unstarted raises at once
# expect: []
