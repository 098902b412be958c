# accumulate(): running sums by default, any two-argument function, initial= first; lazy, as CPython.
from itertools import accumulate
import operator

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate(["a", "b", "c"])))
print(list(accumulate([[1], [2], [3]])))
print(list(accumulate([10, 5, 3], lambda total, x: total - x)))
print(list(accumulate(range(5), func=operator.add, initial=None)))
rates = [0.1, 0.2, 0.05]
print([round(v, 4) for v in accumulate(rates, lambda bal, r: bal * (1 + r), initial=1000)])
# expect: [1, 3, 6, 10, 15]
# expect: [3, 3, 4, 4, 5, 9, 9]
# expect: [1, 2, 6, 24]
# expect: [100, 101, 103, 106] [0] []
# expect: ['a', 'ab', 'abc']
# expect: [[1], [1, 2], [1, 2, 3]]
# expect: [10, 5, 2]
# expect: [0, 1, 3, 6, 10]
# expect: [1000, 1100.0, 1320.0, 1386.0]
