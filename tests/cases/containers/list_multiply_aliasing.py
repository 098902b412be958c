# Multiplying a list of lists repeats references.
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
good = [[0] * 3 for _ in range(2)]
good[0][0] = 1
print(good)
# expect: [[1, 0, 0], [1, 0, 0]]
# expect: [[1, 0, 0], [0, 0, 0]]
