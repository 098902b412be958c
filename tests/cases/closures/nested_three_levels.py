# Free variables resolve through several enclosing functions.
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(10)(100))
m = outer("x")
print(m("y")("z"), m("Y")("Z"))
# expect: 111
# expect: xyz xYZ
