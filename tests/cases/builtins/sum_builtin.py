# sum with and without start, over lists, tuples, ranges, floats and big ints.
# (CPython 3.11 adds floats left to right, so ten 0.1s give 0.9999999999999999.)
print(sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(101)), sum([]), sum([], 10), sum([1, 2], 100))
print(sum([0.1] * 10), sum([2 ** 62, 2 ** 62, 2 ** 62]), sum([[1], [2]], []))
# expect: 6 4.0 5050 0 10 103
# expect: 0.9999999999999999 13835058055282163712 [1, 2]
