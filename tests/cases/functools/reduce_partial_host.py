# reduce() whose function or iterable calls a host tool, and partial objects over functions that call it (and
# over the tool itself), called directly, by map and as a sort key; each wait is replayed through a snapshot.
# host: rate -> 3
from functools import reduce, partial
import functools


def gen(n):
    for i in range(n):
        yield rate(i) + i


print(reduce(lambda acc, x: acc + rate(x) * x, [1, 2, 3], 0), reduce(lambda a, b: a * b, gen(3)))
print(functools.reduce(max, gen(4)), reduce(lambda a, b: a + b, gen(0), "empty"))


def price(base, qty, discount=0):
    return base * qty * rate(qty) - discount


p = partial(price, 10)
print(p(2), p(1, discount=5), list(map(p, [1, 2])), sorted([3, 1, 2], key=partial(price, -1)))
q = partial(rate, "fixed")
print(q(), q("extra"), partial(p, 3)())
try:
    reduce(lambda a, b: a + b, gen(0))
except TypeError as e:
    print("TypeError:", e)
# expect: 18 60
# expect: 6 empty
# expect: 60 25 [30, 60] [3, 2, 1]
# expect: 3 3 90
# expect: TypeError: reduce() of empty iterable with no initial value
