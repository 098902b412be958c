# union/intersection/difference methods accept any iterables and multiple args.
a = {1, 2, 3}
print(a.union([3, 4], range(6, 8)))
print(a.intersection([2, 3, 9], (3, 2)))
print(a.difference([1]), a.symmetric_difference([3, 4]))
print(a.copy() == a, a.copy() is a)
# expect: {1, 2, 3, 4, 6, 7}
# expect: {2, 3}
# expect: {2, 3} {1, 2, 4}
# expect: True False
