# A starred call, attribute or subscript inside a list, tuple or set display (and an assignment's tuple).
def pair():
    return [1, 2]

class Box:
    items = (3, 4)

data = {"k": [5, 6]}
print([*pair(), 0], (*pair(),), {*pair()}, [*Box.items, *data["k"], *pair()[::-1]])
t = *pair(), *Box.items
print(t)
print([*pair().copy()], [*range(3)])
# expect: [1, 2, 0] (1, 2) {1, 2} [3, 4, 5, 6, 2, 1]
# expect: (1, 2, 3, 4)
# expect: [1, 2] [0, 1, 2]
