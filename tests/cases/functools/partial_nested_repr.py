# A partial of a partial is flattened into one; repr shows the function, the arguments and the keywords.
from functools import partial


def f(*args, **kwargs):
    return args, kwargs


p = partial(f, 1, a=1)
q = partial(p, 2, b=2)
r = partial(q, a=3)
print(q.func is f, q.args, q.keywords, r.args, r.keywords)
print(r(4, c=5))
print(repr(partial(max, 1, 2)), repr(partial(len)), repr(partial(sorted, key=abs, reverse=True)))
print(repr(partial(partial(min, 3), 4)))
print(repr(partial(print, sep="-")).startswith("functools.partial(<built-in function print>"))
# expect: True (1, 2) {'a': 1, 'b': 2} (1, 2) {'a': 3, 'b': 2}
# expect: ((1, 2, 4), {'a': 3, 'b': 2, 'c': 5})
# expect: functools.partial(<built-in function max>, 1, 2) functools.partial(<built-in function len>) functools.partial(<built-in function sorted>, key=<built-in function abs>, reverse=True)
# expect: functools.partial(<built-in function min>, 3, 4)
# expect: True
