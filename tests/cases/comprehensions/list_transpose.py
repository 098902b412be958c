# A nested comprehension transposes a matrix.
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
# expect: [[1, 4], [2, 5], [3, 6]]
