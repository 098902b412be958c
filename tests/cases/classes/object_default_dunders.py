# object supplies __eq__, __ne__, the orderings, __hash__ and __format__ to every class: identity or NotImplemented.
class N:
    pass
class E:
    def __eq__(self, o):
        return isinstance(o, E)
n = N()
print(hasattr(N, "__le__"), n.__eq__(n), n.__eq__(1), n.__lt__(n), N.__eq__(n, n), n.__ne__(n), n.__ne__(N()))
print(E().__ne__(E()), E().__ne__(1), hasattr(n, "__hash__"), isinstance(n.__hash__(), int), format(n, "") == str(n))
class F:
    def __eq__(self, o):
        return super().__eq__(o)
f = F()
print(f == f, f == F(), f != F())
# expect: True True NotImplemented NotImplemented True False NotImplemented
# expect: False True True True True
# expect: True False True
