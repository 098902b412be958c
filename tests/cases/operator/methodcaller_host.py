# methodcaller() calling a method of the program's that calls the host: the call waits there (replayed through
# snapshots), from a loop, map() and a sort key alike; the getters ride along in the snapshots.
# host: price -> 12
from operator import methodcaller, itemgetter, attrgetter


class Item:
    def __init__(self, name, qty):
        self.name, self.qty = name, qty

    def total(self, tax=0):
        return price(self.name) * self.qty + tax


items = [Item("pen", 3), Item("cup", 1), Item("ink", 2)]
total = methodcaller("total", tax=1)
print([total(i) for i in items], list(map(methodcaller("total"), items)))
print([i.name for i in sorted(items, key=methodcaller("total"))], attrgetter("name")(items[0]))
rows = [(i.name, i.total()) for i in items]
print(sorted(rows, key=itemgetter(1, 0)), repr(total))
# expect: [37, 13, 25] [36, 12, 24]
# expect: ['cup', 'ink', 'pen'] pen
# expect: [('cup', 12), ('ink', 24), ('pen', 36)] operator.methodcaller('total', tax=1)
