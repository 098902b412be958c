# Waiting dunders calling each other: __str__ uses a property that waits, inside a for loop over a
# waiting iterator, inside a with block whose __exit__ waits too.
# host: fetch -> 2
class Item:
    def __init__(self, i):
        self.i = i

    @property
    def weight(self):
        return fetch("w") * self.i

    def __str__(self):
        return "item%d(%d)" % (self.i, self.weight)

class Crate:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            fetch("step")
            yield Item(i)

    def __enter__(self):
        fetch("open")
        return self

    def __exit__(self, *exc):
        fetch("close")
        print("closed crate")

with Crate(3) as crate:
    for item in crate:
        print(item, f"{item}")
# expect: item0(0) item0(0)
# expect: item1(2) item1(2)
# expect: item2(4) item2(4)
# expect: closed crate
