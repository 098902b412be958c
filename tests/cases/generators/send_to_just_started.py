# send() of a value other than None to a generator that has not started is a TypeError.
def g():
    x = yield 1
    yield x

it = g()
try:
    it.send(5)
except TypeError as e:
    print(e)
print(it.send(None), it.send(7))
# expect: can't send non-None value to a just-started generator
# expect: 1 7
