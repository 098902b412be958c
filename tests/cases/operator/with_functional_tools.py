# operator's functions as the arguments of map, sorted, reduce and accumulate: the common functional idioms.
import operator
from functools import reduce
from itertools import accumulate, starmap

prices, qty = [2.5, 4.0, 1.25], [4, 1, 8]
print(list(map(operator.mul, prices, qty)), sum(map(operator.mul, prices, qty)))
print(reduce(operator.mul, range(1, 11)), reduce(operator.or_, [{1}, {2}, {1, 3}]))
print(list(accumulate([5, 3, 8, 1], operator.sub)), list(starmap(operator.pow, [(2, 3), (3, 2)])))
inventory = {"apple": 3, "pear": 7, "fig": 1}
print(sorted(inventory.items(), key=operator.itemgetter(1), reverse=True))
print(dict(sorted(inventory.items(), key=operator.itemgetter(0))))
print(list(filter(operator.truth, [0, 1, "", "x", None])), operator.countOf(inventory.values(), 1))
# expect: [10.0, 4.0, 10.0] 24.0
# expect: 3628800 {1, 2, 3}
# expect: [5, 2, -6, -7] [8, 9]
# expect: [('pear', 7), ('apple', 3), ('fig', 1)]
# expect: {'apple': 3, 'fig': 1, 'pear': 7}
# expect: [1, 'x'] 1
