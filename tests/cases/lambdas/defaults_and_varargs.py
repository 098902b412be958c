# Lambdas accept defaults, *args and **kwargs.
f = lambda a, b=2, *rest, **kw: (a, b, rest, kw)
print(f(1))
print(f(1, 3, 4, 5, x=6))
g = lambda *, k: k * 2
print(g(k=4))
# expect: (1, 2, (), {})
# expect: (1, 3, (4, 5), {'x': 6})
# expect: 8
