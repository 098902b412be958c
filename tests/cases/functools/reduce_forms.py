# reduce() folds from the left, with an optional initial value that also answers an empty iterable.
from functools import reduce
import functools
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), reduce(operator.add, [], 0))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde", "f"], 0))
print(reduce(lambda a, b: a if a > b else b, [3, 9, 2]))
print(reduce(operator.add, ["x"]), reduce(operator.add, ["a", "b", "c"], ">"))
print(functools.reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(reduce(operator.add, (x * x for x in range(4))))
steps = []
print(reduce(lambda a, b: steps.append((a, b)) or a + b, [1, 2, 3]), steps)
# expect: 10 120 0
# expect: 6
# expect: 9
# expect: x >abc
# expect: {'a': 1, 'b': 2}
# expect: 14
# expect: 6 [(1, 2), (3, 3)]
