# The `as` target may be a name, a tuple, a list, an attribute or a subscript.
class Pair:
    def __enter__(self):
        return (1, [2, 3])

    def __exit__(self, t, v, tb):
        pass

class Box:
    pass

box = Box()
d = {}
with Pair() as (a, (b, c)):
    print(a, b, c)
with Pair() as [first, rest]:
    print(first, rest)
with Pair() as box.value:
    print(box.value)
with Pair() as d["key"]:
    print(d)
with Pair() as (x, *ys):
    print(x, ys)
# expect: 1 2 3
# expect: 1 [2, 3]
# expect: (1, [2, 3])
# expect: {'key': (1, [2, 3])}
# expect: 1 [[2, 3]]
