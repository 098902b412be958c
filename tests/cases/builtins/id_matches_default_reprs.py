# id() is stable while an object lives, differs between live objects, and is the number default reprs print
# (as in CPython, where both are the address; pith never shows an address).
def f():
    return 1
g = (x for x in [1])
it = iter([1, 2])
xs, ys = [], []
m = xs.append
print(repr(f) == "<function f at %s>" % hex(id(f)))
print(repr(g) == "<generator object <genexpr> at %s>" % hex(id(g)))
print(repr(it) == "<list_iterator object at %s>" % hex(id(it)))
print(repr(m) == "<built-in method append of list object at %s>" % hex(id(xs)))
print(id(xs) == id(xs), id(xs) != id(ys), id(f) % 16 == 0)
print(id(None) == id(None), id(True) != id(False), id(7) == id(7), id(-5) != id(5))
print(len({id(v) for v in [f, g, it, xs, ys, m, None, True, 7, -5]}))
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True True True
# expect: True True True True
# expect: 10
