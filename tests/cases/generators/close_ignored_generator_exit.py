# A generator that yields after GeneratorExit: close() raises RuntimeError.
done = False

def stubborn():
    while not done:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
done = True
print(list(g))

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "fine"

r = returns_on_exit()
next(r)
print(r.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")

o = raises_other()
next(o)
try:
    o.close()
except ValueError as e:
    print("close raised", e)
# expect: ignoring
# expect: generator ignored GeneratorExit
# expect: []
# expect: None
# expect: close raised during close
