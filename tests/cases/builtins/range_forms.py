# range with one, two and three arguments, negative steps, and empty ranges.
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)))
print(list(range(10, 0, -3)), list(range(-1, -6, -1)), list(range(5, 0, -1)))
print(list(range(0)), list(range(-3)), list(range(5, 2)), list(range(2, 5, -1)))
print(range(3), range(1, 4), range(0, 10, 2))
r = range(2, 20, 4)
print(r[1], r[-1], len(r), 10 in r, 11 in r)
# expect: [0, 1, 2, 3, 4] [2, 3, 4, 5] [0, 3, 6, 9]
# expect: [10, 7, 4, 1] [-1, -2, -3, -4, -5] [5, 4, 3, 2, 1]
# expect: [] [] [] []
# expect: range(0, 3) range(1, 4) range(0, 10, 2)
# expect: 6 18 5 True False
