# Range objects: repr, len, indexing, membership and equality.
r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], 14 in r, 15 in r)
print(range(5), range(0), range(1, 2), list(range(10, 0, -4)))
print(range(0, 6, 2) == range(0, 5, 2), range(0) == range(5, 5))
# expect: range(2, 20, 3) 6 2 17 True False
# expect: range(0, 5) range(0, 0) range(1, 2) [10, 6, 2]
# expect: True True
