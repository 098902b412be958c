# The value of a yield expression is what send() passed (None for next()).
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received

g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(next(g))
print((yield_free := 1))
# expect: 0
# expect: 1
# expect: 2
# expect: ['a', 'b']
# expect: 1
