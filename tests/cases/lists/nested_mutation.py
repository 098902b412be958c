# Nested lists share references: mutation is visible through every alias.
grid = [[0, 0], [0, 0]]
row = grid[1]
row[0] = 5
grid[0][1] = 7
print(grid)
alias = grid
alias.append([9])
print(len(grid), grid[2][0])
twice = [[1]] * 2
twice[0].append(2)
print(twice)
# expect: [[0, 7], [5, 0]]
# expect: 3 9
# expect: [[1, 2], [1, 2]]
