# partial objects as values: callable, usable as keys and in containers, printed with their repr.
from functools import partial
import operator

double = partial(operator.mul, 2)
ops = {"double": double, "inc": partial(operator.add, 1)}
print(sorted(ops), [f(10) for f in ops.values()], callable(double), str(double))
print(list(map(partial(round, ndigits=1), [1.26, 2.71])), double == double, double == partial(operator.mul, 2))
print(partial(print, "a", sep="|")("b"))
# expect: ['double', 'inc'] [20, 11] True functools.partial(<built-in function mul>, 2)
# expect: [1.3, 2.7] True False
# expect: a|b
# expect: None
