# Nested loops building and transposing a matrix.
rows = 3
cols = 4
m = []
for r in range(rows):
    row = []
    for c in range(cols):
        row.append(r * cols + c)
    m.append(row)
t = []
for c in range(cols):
    col = []
    for r in range(rows):
        col.append(m[r][c])
    t.append(col)
print(m)
print(t)
# expect: [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]
# expect: [[0, 4, 8], [1, 5, 9], [2, 6, 10], [3, 7, 11]]
