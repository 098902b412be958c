# Item access goes through __getitem__, __setitem__ and __delitem__.
class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

g = Grid()
g[0, 1] = "x"
g[2, 2] = "o"
print(g[0, 1], g[1, 1], g[2, 2])
del g[0, 1]
print(g[0, 1], sorted(g.cells))
try:
    del g[5, 5]
except KeyError as e:
    print("KeyError", e)
# expect: x . o
# expect: . [(2, 2)]
# expect: KeyError (5, 5)
