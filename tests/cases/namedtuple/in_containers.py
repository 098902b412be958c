# Namedtuples as dict keys, set items and sort keys, converted to dicts and lists.
from collections import namedtuple

Cell = namedtuple("Cell", "row col")
grid = {Cell(0, 0): "a", Cell(0, 1): "b", Cell(1, 0): "c"}
print(grid[Cell(0, 1)], grid[(1, 0)], Cell(0, 0) in grid, len({Cell(1, 1), (1, 1)}))
print(sorted(grid, key=lambda c: (-c.row, c.col)), [c._asdict() for c in sorted(grid)])
print(list(map(sum, grid)), [tuple(c) for c in grid], min(grid).col)
# expect: b c True 1
# expect: [Cell(row=1, col=0), Cell(row=0, col=0), Cell(row=0, col=1)] [{'row': 0, 'col': 0}, {'row': 0, 'col': 1}, {'row': 1, 'col': 0}]
# expect: [0, 1, 1] [(0, 0), (0, 1), (1, 0)] 0
