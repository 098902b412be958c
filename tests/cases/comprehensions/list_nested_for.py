# Multiple for clauses nest left to right.
print([(x, y) for x in range(3) for y in range(x)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row])
# expect: [(1, 0), (2, 0), (2, 1)]
# expect: [1, 2, 3, 4, 5, 6]
