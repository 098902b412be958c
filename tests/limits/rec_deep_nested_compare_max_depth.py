# Two equal values nested 100000 deep compared with ==, under a depth limit the C stack cannot reach:
# every container comparison (frozensets included) goes through the nesting guard, which also checks the
# C stack, so each raises a catchable RecursionError (as CPython does under its default limit).
# limit: --max-depth 1000000
# expect: frozenset RecursionError
# expect: tuple RecursionError
# expect: dict RecursionError
a = frozenset()
b = frozenset()
t = ()
u = ()
d = {}
e = {}
for i in range(100000):
    a = frozenset([a])
    b = frozenset([b])
    t = (t,)
    u = (u,)
    d = {1: d}
    e = {1: e}
for name, x, y in [("frozenset", a, b), ("tuple", t, u), ("dict", d, e)]:
    try:
        print(x == y)
    except RecursionError:
        print(name, "RecursionError")
