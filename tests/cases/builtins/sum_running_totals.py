# sum() keeps a C integer or double total (CPython's fast paths): the same results, overflow, mixes, errors.
import math
print(sum([]), sum([], True), sum([True, True]), sum([1, 2, 3]), sum(range(10**6)))
print(sum([2**62, 2**62, 2**62, -2**63]), sum([2**63 - 1, 1]), sum([-2**63, -1]), sum([10**20, 1, -10**20]))
print(sum([0.1] * 10), sum([1, 0.1, 2, 0.2]), sum([0.5, True, 3]), sum([-0.0]), sum([-0.0], -0.0))
print(sum([1e308, 1e308]), sum([1.0, 2**62, 2**70]), sum([1, 2], 0.5), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum(x / 3 for x in range(1000)), sum([float("inf"), -float("inf")]), sum([1.5, 2**53 + 1]))
print(sum([1, 2.5, 3, 4.5, 2**64]), sum([2**53, 1.0, 1]), type(sum([True])), type(sum([], 0.0)))
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
try:
    sum([1.5, None])
except TypeError as e:
    print(e)
# expect: 0 True 2 6 499999500000
# expect: 4611686018427387904 9223372036854775808 -9223372036854775809 1
# expect: 0.9999999999999999 3.3000000000000003 4.5 0.0 -0.0
# expect: inf 1.1852033067358387e+21 3.5 [1, 2] (1, 2)
# expect: 166500.0 nan 9007199254740994.0
# expect: 1.8446744073709552e+19 9007199254740992.0 <class 'int'> <class 'float'>
# expect: unsupported operand type(s) for +: 'int' and 'str'
# expect: unsupported operand type(s) for +: 'float' and 'NoneType'
