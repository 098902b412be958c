# The classes of itertools, functools and operator as values: type() of their objects, isinstance(), their
# reprs and names; the module functions that are functions.
import itertools
import functools
import operator
from functools import partial

print(type(itertools.count()), type(itertools.chain()).__name__, type(partial(max)), type(operator.itemgetter(1)))
print(type(itertools.count()) == itertools.count, type(functools.cached_property(len)), itertools.chain.__name__)
print(itertools.count, functools.partial, operator.attrgetter, functools.reduce, itertools.tee, operator.add)
print(type(itertools.groupby("a")) == itertools.groupby, type(itertools.product()) != itertools.permutations)
print(isinstance(partial(max), partial), isinstance(itertools.count(), (int, itertools.count)))
print(isinstance(1, itertools.chain), isinstance(operator.itemgetter(1), (str, operator.itemgetter)))
try:
    isinstance(1, functools.reduce)
except TypeError as e:
    print("TypeError:", e)
# expect: <class 'itertools.count'> chain <class 'functools.partial'> <class 'operator.itemgetter'>
# expect: True <class 'functools.cached_property'> chain
# expect: <class 'itertools.count'> <class 'functools.partial'> <class 'operator.attrgetter'> <built-in function reduce> <built-in function tee> <built-in function add>
# expect: True True
# expect: True True
# expect: False True
# expect: TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union
