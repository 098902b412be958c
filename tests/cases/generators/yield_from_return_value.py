# yield from delegates to a generator, forwards sent values, and evaluates to its return value.
def inner(tag):
    a = yield tag + "1"
    b = yield tag + "2"
    return (a, b)

def outer():
    r1 = yield from inner("x")
    print("r1 =", r1)
    r2 = yield from inner("y")
    print("r2 =", r2)
    return r1 + r2

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(g.send("C"))
try:
    g.send("D")
except StopIteration as e:
    print("done", e.value)
# expect: x1
# expect: x2
# expect: r1 = ('A', 'B')
# expect: y1
# expect: y2
# expect: r2 = ('C', 'D')
# expect: done ('A', 'B', 'C', 'D')
